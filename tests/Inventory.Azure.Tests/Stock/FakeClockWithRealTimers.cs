namespace Inventory.Azure.Tests.Stock;

/// <summary>
/// Reads the time from a fake clock but waits on real timers. The store's conflict backoff waits on its
/// <see cref="TimeProvider"/>; under a bare FakeTimeProvider that nobody advances, a retry would wait forever.
/// </summary>
internal sealed class FakeClockWithRealTimers(TimeProvider clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();
}
