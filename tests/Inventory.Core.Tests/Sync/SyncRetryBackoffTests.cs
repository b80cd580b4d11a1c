using Inventory.Core.Sync;

namespace Inventory.Core.Tests.Sync;

public sealed class SyncRetryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(1);

    [Fact]
    public void Delay_AttemptsInARow_DoubleUpToTheCap()
    {
        var ceilings = Enumerable.Range(1, 10).Select(attempt => Delay(attempt, jitter: 1)).ToArray();

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60, 60], ceilings.Select(d => d.TotalSeconds));
    }

    [Fact]
    public void Delay_LowestJitter_WaitsHalfTheCeiling()
    {
        Assert.Equal(TimeSpan.FromSeconds(4), Delay(4, jitter: 0));
    }

    [Fact]
    public void Delay_ChannelAskedForLonger_WaitsWhatItAsked()
    {
        var asked = TimeSpan.FromMinutes(5);

        Assert.Equal(asked, SyncRetryBackoff.Delay(3, Base, Max, asked, jitter: 0.5));
    }

    [Fact]
    public void Delay_VeryManyAttempts_StaysAtTheCap()
    {
        Assert.Equal(Max, Delay(10_000, jitter: 1));
    }

    [Fact]
    public void JitterOf_SameArguments_SameDrawBetweenZeroAndOne()
    {
        var draws = Enumerable.Range(1, 50).Select(attempt => SyncRetryBackoff.JitterOf("SKU-1", 7, attempt)).ToArray();

        Assert.Equal(draws, Enumerable.Range(1, 50).Select(attempt => SyncRetryBackoff.JitterOf("SKU-1", 7, attempt)));
        Assert.All(draws, draw => Assert.InRange(draw, 0, 1));
        Assert.True(draws.Distinct().Count() > 40);
    }

    private static TimeSpan Delay(int attempt, double jitter) =>
        SyncRetryBackoff.Delay(attempt, Base, Max, asked: null, jitter);
}
