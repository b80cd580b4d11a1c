using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Common;

/// <summary>
/// The one rule every call that carries a channel's access token follows: send with the current token; when the
/// channel refuses it and a fresh one can be had (<see cref="ChannelAccessToken.CanRefresh"/>), drop it for every
/// caller and send once more with a fresh one. Used by the outbound clients (<see cref="TokenedRequest"/>) and the
/// order lookups (<see cref="ChannelApi"/>), which differ only in how they send and what they make of the answer.
/// </summary>
internal static class RefusedTokenRetry
{
    /// <summary>
    /// The answer to the last send. A second refusal is handed back, not retried: a token fresh from the exchange
    /// that is refused too was not stale, a third send would meet the same answer, and the caller's error says which
    /// settings to check. A fixed token is never retried, as asking again would return the same one.
    /// </summary>
    /// <typeparam name="TResponse">The caller's answer; a refused one that is disposable is disposed.</typeparam>
    /// <param name="token">The channel's token; <see cref="ChannelAccessToken.GetAsync"/> throws
    /// <see cref="ChannelTokenException"/> to the caller when none can be had.</param>
    /// <param name="send">Sends the request with the given token.</param>
    /// <param name="isRefused">Whether an answer says the token was refused; the statuses differ by channel.</param>
    /// <param name="channel">The channel, for the log.</param>
    /// <param name="logger">The caller's logger.</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    public static async Task<TResponse> SendAsync<TResponse>(
        ChannelAccessToken token,
        Func<string, CancellationToken, Task<TResponse>> send,
        Func<TResponse, bool> isRefused,
        string channel,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var value = await token.GetAsync(cancellationToken).ConfigureAwait(false);
        var response = await send(value, cancellationToken).ConfigureAwait(false);
        if (!token.CanRefresh || !isRefused(response))
        {
            return response;
        }

        (response as IDisposable)?.Dispose();
        OutboundLog.TokenRefused(logger, channel);
        token.Invalidate(value);
        var fresh = await token.GetAsync(cancellationToken).ConfigureAwait(false);
        return await send(fresh, cancellationToken).ConfigureAwait(false);
    }
}
