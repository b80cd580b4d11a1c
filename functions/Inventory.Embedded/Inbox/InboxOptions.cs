using System.ComponentModel.DataAnnotations;

namespace Inventory.Embedded.Inbox;

/// <summary>Settings of the embedded durable inbox and its consumer (section <c>Embedded:Inbox</c>).</summary>
public sealed class InboxOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Embedded:Inbox";

    /// <summary>File name of the inbox database, beside the stock database.</summary>
    /// <value>Defaults to <c>inbox.db</c>.</value>
    [Required]
    public string DatabaseFileName { get; set; } = "inbox.db";

    /// <summary>Deliveries of one message before it is dead-lettered.</summary>
    /// <value>Defaults to 10, as the Service Bus queue.</value>
    [Range(1, 100)]
    public int MaxDeliveryCount { get; set; } = 10;

    /// <summary>Messages the consumer takes per round.</summary>
    /// <value>Defaults to 512.</value>
    [Range(1, 10_000)]
    public int FetchSize { get; set; } = 512;

    /// <summary>First retry delay; each further retry doubles it, up to a minute.</summary>
    /// <value>Defaults to 200 ms.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long the consumer sleeps when there is nothing to do and nobody wakes it.</summary>
    /// <value>Defaults to 500 ms.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromMilliseconds(500);
}
