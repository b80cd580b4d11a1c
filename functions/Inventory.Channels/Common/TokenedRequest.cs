using System.Text;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Common;

/// <summary>
/// How one outbound client sends a request that carries an access token: where the token comes from, how it goes on
/// the request, which answer means the token was refused, and how a refused token is dropped from the cache.
/// </summary>
/// <param name="Channel">The channel, for logs and failures.</param>
/// <param name="Time">The clock the pipeline's failure mapping reads.</param>
/// <param name="Logger">The client's logger.</param>
/// <param name="Token">Gets the current token; throws <see cref="ChannelTokenException"/> when none can be had.</param>
/// <param name="Authorize">Puts the token (and any other per-request headers) on the request.</param>
/// <param name="IsRefused">Whether an answer says the token was refused and a fresh one may help.</param>
/// <param name="Invalidate">Drops a refused token, so the next <paramref name="Token"/> call fetches a new one.</param>
/// <param name="Observe">Sees every answer, retried ones included (Amazon reads its granted rate from each).</param>
internal sealed record TokenedRequest(
    string Channel,
    TimeProvider Time,
    ILogger Logger,
    Func<CancellationToken, Task<string>> Token,
    Action<HttpRequestMessage, string> Authorize,
    Func<ChannelResponse, bool> IsRefused,
    Action<string> Invalidate,
    Action<ChannelResponse>? Observe = null)
{
    /// <summary>
    /// Sends once; a refused token is dropped and the request sent once more with a fresh one. The first attempt
    /// spends <paramref name="lease"/> when it holds one (<see cref="OutboundLeases"/>); the send after a refused
    /// token, like every retry, waits for a token of its own.
    /// </summary>
    public async Task<(ChannelResponse? Response, PushResult? Failure)> SendAsync(
        HttpClient client,
        HttpMethod method,
        string path,
        string? body,
        ChannelPushLease? lease,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            string token;
            try
            {
                token = await Token(cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelTokenException error)
            {
                return (null, OutboundHttp.Failed(error.Message));
            }

            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            Authorize(request, token);
            OutboundLeases.Attach(request, lease);
            var (response, failure) = await OutboundHttp.SendAsync(client, request, Channel, Time, cancellationToken)
                .ConfigureAwait(false);
            if (response is not null)
            {
                Observe?.Invoke(response);
            }

            if (response is not null && attempt == 0 && IsRefused(response))
            {
                OutboundLog.TokenRefused(Logger, Channel);
                Invalidate(token);
                continue;
            }

            return (response, failure);
        }
    }
}
