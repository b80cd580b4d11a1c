namespace Inventory.Benchmarks.Sync;

/// <summary>One channel's side of a burst.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Pushes">Pushes the fake accepted for the SKU from the start of the burst.</param>
/// <param name="Throttled">Calls the fake refused for its rate limit in that time.</param>
/// <param name="AllowedInBurst">What its limit allows in the time the orders took (from a full bucket).</param>
/// <param name="AllowedToSettle">What its limit allows from the start of the burst until its last push.</param>
/// <param name="SettledAfterMs">From the last order's 200 to the channel's last push.</param>
/// <param name="FinalQuantity">The quantity the fake holds at the end.</param>
internal sealed record BurstChannel(
    string Channel,
    int Pushes,
    int Throttled,
    double AllowedInBurst,
    double AllowedToSettle,
    double SettledAfterMs,
    int? FinalQuantity);
