using System.Text;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Common;

/// <summary>
/// How one outbound client sends a request that carries an access token through its resilient client: which token,
/// how it goes on the request, and which answer means the channel refused it. The retry after a refused token is
/// <see cref="RefusedTokenRetry"/>'s.
/// </summary>
/// <param name="Channel">The channel, for logs and failures.</param>
/// <param name="Time">The clock the pipeline's failure mapping reads.</param>
/// <param name="Logger">The client's logger.</param>
/// <param name="Token">The channel's shared token.</param>
/// <param name="Authorize">Puts the token (and any other per-request headers) on the request.</param>
/// <param name="IsRefused">Whether an answer says the token was refused (Amazon answers an expired token with 403,
/// the others with 401).</param>
/// <param name="Observe">Sees every answer, retried ones included (Amazon reads its granted rate from each).</param>
internal sealed record TokenedRequest(
    string Channel,
    TimeProvider Time,
    ILogger Logger,
    ChannelAccessToken Token,
    Action<HttpRequestMessage, string> Authorize,
    Func<ChannelResponse, bool> IsRefused,
    Action<ChannelResponse>? Observe = null)
{
    /// <summary>
    /// Sends once; a refused token is dropped and the request sent once more with a fresh one. The first attempt
    /// spends <paramref name="lease"/> when it holds one (<see cref="OutboundLeases"/>); the send after a refused
    /// token, like every retry, waits for a token of its own. A token that cannot be had is a failed result.
    /// </summary>
    public async Task<(ChannelResponse? Response, PushResult? Failure)> SendAsync(
        HttpClient client,
        HttpMethod method,
        string path,
        string? body,
        ChannelPushLease? lease,
        CancellationToken cancellationToken)
    {
        try
        {
            return await RefusedTokenRetry
                .SendAsync(
                    Token,
                    SendOnceAsync,
                    answer => answer.Response is { } response && IsRefused(response),
                    Channel,
                    Logger,
                    cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ChannelTokenException error)
        {
            return (null, OutboundHttp.Failed(error.Message));
        }

        async Task<(ChannelResponse? Response, PushResult? Failure)> SendOnceAsync(
            string token, CancellationToken cancellation)
        {
            using var request = new HttpRequestMessage(method, path);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            Authorize(request, token);
            OutboundLeases.Attach(request, lease);
            var answer = await OutboundHttp.SendAsync(client, request, Channel, Time, cancellation)
                .ConfigureAwait(false);
            if (answer.Response is { } response)
            {
                Observe?.Invoke(response);
            }

            return answer;
        }
    }
}
