namespace Inventory.Embedded.Planning.Synthetic;

/// <summary>
/// A clock the synthetic history moves by hand, so the stock store records each generated movement on its
/// simulated day and the nightly roll-up, which reads by recorded time, sees the days as they would have happened.
/// Give the same instance to the stock store and to the generator.
/// </summary>
public sealed class SyntheticClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Moves the clock to <paramref name="now"/> (forwards or backwards).</summary>
    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);
}
