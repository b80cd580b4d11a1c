using System.ComponentModel.DataAnnotations;

namespace Inventory.Azure.Messaging;

/// <summary>
/// How the movement pipeline reaches Service Bus, bound from the <c>ServiceBus</c> configuration section. Set exactly
/// one of <see cref="FullyQualifiedNamespace"/> (on Azure, signed in with the app's managed identity) or
/// <see cref="ConnectionString"/> (local runs only: it is a secret).
/// </summary>
public sealed class ServiceBusOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "ServiceBus";

    /// <summary>The default queue name.</summary>
    public const string DefaultQueueName = "inventory-events";

    /// <summary>The default number of SKUs (sessions) processed at once.</summary>
    public const int DefaultMaxConcurrentSessions = 8;

    /// <summary>The default number of messages prefetched per session.</summary>
    public const int DefaultPrefetchCount = 10;

    /// <summary>The default wait for the next message of a session before it is released.</summary>
    public static readonly TimeSpan DefaultSessionIdleTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The namespace host name, such as <c>contoso-inventory.servicebus.windows.net</c>; the connection signs in with
    /// <c>DefaultAzureCredential</c> (the managed identity on Azure).
    /// </summary>
    /// <value>No default; set this or <see cref="ConnectionString"/>.</value>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>A shared-access connection string, for local runs only. It is never logged.</summary>
    /// <value>No default; set this or <see cref="FullyQualifiedNamespace"/>.</value>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The client id of a user-assigned managed identity, when the app has more than one identity. Ignored with a
    /// connection string.
    /// </summary>
    /// <value>No default: the system-assigned identity (or the developer's sign-in) is used.</value>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The session-enabled queue the movements travel on.</summary>
    /// <value>Defaults to <c>inventory-events</c>.</value>
    [Required(AllowEmptyStrings = false)]
    [StringLength(260)]
    public string QueueName { get; set; } = DefaultQueueName;

    /// <summary>
    /// How many sessions (SKUs) one instance processes at once. Each session is processed one message at a time, so
    /// this is the instance's parallelism.
    /// </summary>
    /// <value>Defaults to 8; 1 to 256.</value>
    [Range(1, 256)]
    public int MaxConcurrentSessions { get; set; } = DefaultMaxConcurrentSessions;

    /// <summary>
    /// Messages fetched ahead of processing for a session. A session's lock covers them all, so prefetching does not
    /// risk lost message locks the way it does without sessions.
    /// </summary>
    /// <value>Defaults to 10; 0 turns prefetching off.</value>
    [Range(0, 1000)]
    public int PrefetchCount { get; set; } = DefaultPrefetchCount;

    /// <summary>
    /// How long a session with no new message is held before it is released so another SKU's session can be taken.
    /// Short keeps many SKUs moving; long keeps a busy SKU on one instance.
    /// </summary>
    /// <value>Defaults to 5 seconds; 1 second to 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = DefaultSessionIdleTimeout;
}
