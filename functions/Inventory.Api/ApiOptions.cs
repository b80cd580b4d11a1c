using System.ComponentModel.DataAnnotations;

namespace Inventory.Api;

/// <summary>Settings of the HTTP routes (section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Api";

    /// <summary>Largest webhook body accepted; larger ones are answered 413.</summary>
    /// <value>Defaults to 1 MiB.</value>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxWebhookBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest operations request body accepted.</summary>
    /// <value>Defaults to 256 KiB.</value>
    [Range(1024, 16 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long a POST's first response is kept for replays of its Idempotency-Key. A key used again later runs as
    /// a new request; its movements keep the ids the key gave them, so the stock store still applies none twice.
    /// </summary>
    /// <value>Defaults to 7 days.</value>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromDays(7);
}
