namespace Inventory.Core.Sync;

/// <summary>The channel's answer to a push.</summary>
/// <param name="Status">Accepted, stale, throttled, not listed or failed.</param>
/// <param name="ChannelQuantity">The quantity the channel reports now, when it says.</param>
/// <param name="RetryAfter">For throttling: how long the channel asked us to wait.</param>
/// <param name="Error">For failures: what went wrong, without secrets.</param>
public sealed record PushResult(PushStatus Status, int? ChannelQuantity, TimeSpan? RetryAfter, string? Error)
{
    /// <summary>An accepted push.</summary>
    public static PushResult Accepted(int quantity) => new(PushStatus.Accepted, quantity, null, null);
}
