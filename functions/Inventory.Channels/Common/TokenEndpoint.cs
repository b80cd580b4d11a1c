using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Inventory.Channels.Common;

/// <summary>Exchanges credentials for an OAuth access token (<c>access_token</c>, <c>expires_in</c>).</summary>
internal static class TokenEndpoint
{
    /// <summary>Used when a token response carries no <c>expires_in</c>.</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Basic authentication of an OAuth client.</summary>
    public static AuthenticationHeaderValue Basic(string clientId, string clientSecret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));

    /// <summary>POSTs <paramref name="form"/> and reads the token, else throws
    /// <see cref="ChannelTokenException"/>.</summary>
    public static async Task<AccessToken> RequestAsync(
        HttpClient client,
        HttpRequestMessage request,
        IEnumerable<KeyValuePair<string, string>> form,
        string channel,
        string settingsHint,
        TimeProvider time,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var name = ChannelDisplay.Name(channel);
        request.Content = new FormUrlEncodedContent(form);
        if (request.Headers.Accept.Count == 0)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        var requestedAt = time.GetUtcNow();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (IsTransport(error, cancellationToken))
        {
            OutboundLog.TokenFailed(logger, channel, 0);
            throw new ChannelTokenException($"The {name} token endpoint could not be reached; retry later.", error);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                OutboundLog.TokenFailed(logger, channel, (int)response.StatusCode);
                var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                throw new ChannelTokenException(
                    $"The {name} token endpoint answered {status}; check {settingsHint}.");
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var token = Parse(body, requestedAt, name);
            OutboundLog.TokenFetched(logger, channel, (token.ExpiresAt - requestedAt).TotalSeconds);
            return token;
        }
    }

    /// <summary>A transport-level failure (not the caller's own cancellation).</summary>
    public static bool IsTransport(Exception error, CancellationToken cancellationToken) =>
        error is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
        || (error is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static AccessToken Parse(string body, DateTimeOffset requestedAt, string channel)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (!root.TryGetProperty("access_token", out var value) || value.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(value.GetString()))
            {
                throw new ChannelTokenException($"The {channel} token endpoint answered without an access_token.");
            }

            var lifetime = DefaultLifetime;
            if (root.TryGetProperty("expires_in", out var expires))
            {
                if (expires.ValueKind == JsonValueKind.Number && expires.TryGetDouble(out var seconds))
                {
                    lifetime = TimeSpan.FromSeconds(seconds);
                }
                else if (expires.ValueKind == JsonValueKind.String && double.TryParse(
                    expires.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var text))
                {
                    lifetime = TimeSpan.FromSeconds(text);
                }
            }

            return new AccessToken(value.GetString()!, requestedAt + lifetime);
        }
        catch (JsonException error)
        {
            throw new ChannelTokenException(
                $"The {channel} token endpoint answered with a body that is not JSON.", error);
        }
    }
}
