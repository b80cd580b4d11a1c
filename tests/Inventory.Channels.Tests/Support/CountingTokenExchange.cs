using Inventory.Channels.Common;

namespace Inventory.Channels.Tests.Support;

/// <summary>A token endpoint that hands out <c>token-1</c>, <c>token-2</c>, … each valid for an hour, and counts.
/// </summary>
internal sealed class CountingTokenExchange(TimeProvider time)
{
    public int Exchanges { get; private set; }

    /// <summary>A channel token exchanged here, replaced a minute before it expires.</summary>
    public ChannelAccessToken Token() =>
        new(time, TimeSpan.FromMinutes(1), ExchangeAsync, "fixed-token-unused", "no credentials");

    private Task<AccessToken> ExchangeAsync(CancellationToken cancellationToken)
    {
        Exchanges++;
        return Task.FromResult(new AccessToken($"token-{Exchanges}", time.GetUtcNow().AddHours(1)));
    }
}
