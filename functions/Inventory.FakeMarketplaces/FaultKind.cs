namespace Inventory.FakeMarketplaces;

/// <summary>A fault the fake marketplaces can inject.</summary>
public enum FaultKind
{
    /// <summary>The answer is delayed by <see cref="FaultProfile.Latency"/>.</summary>
    Latency = 1,

    /// <summary>The call is answered 503.</summary>
    ServerError,

    /// <summary>The call hangs for <see cref="FaultProfile.TimeoutDelay"/> (or until the client gives up), then
    /// 504.</summary>
    Timeout,

    /// <summary>The call is refused with the channel's throttling answer although no rate limit was exceeded.</summary>
    Throttle,

    /// <summary>The call takes effect, then its answer hangs for <see cref="FaultProfile.TimeoutDelay"/> (or until the
    /// client gives up), then 504.</summary>
    AppliedTimeout,

    /// <summary>
    /// Shopify only: a sale on the channel lowers the quantity by one just before the compare, so a push carrying a
    /// compare quantity is refused with <c>CHANGE_FROM_QUANTITY_STALE</c>.
    /// </summary>
    StaleCompare,
}
