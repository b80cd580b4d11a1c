namespace Inventory.Core.Sync;

/// <summary>How a push ended.</summary>
public enum PushStatus
{
    /// <summary>The channel took the quantity.</summary>
    Accepted = 1,

    /// <summary>The channel's quantity was not what we expected (compare-and-set refused): drift to resolve.</summary>
    StaleCompare,

    /// <summary>The channel asked us to slow down; try after <see cref="PushResult.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>The SKU is not listed on the channel (no listing mapping): nothing to push.</summary>
    NotListed,

    /// <summary>Any other failure, transient or not; see the error.</summary>
    Failed,
}
