using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Common;

/// <summary>
/// GETs a JSON resource from a marketplace API, turning transport failures into <see cref="ChannelApiException"/>.
/// </summary>
internal static class ChannelApi
{
    /// <summary>The parsed response, or null when the API answers 404.</summary>
    public static async Task<JsonDocument?> GetJsonAsync(
        HttpClient client,
        HttpRequestMessage request,
        string channel,
        string operation,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        using var response = await SendAsync(client, request, channel, operation, logger, cancellationToken)
            .ConfigureAwait(false);
        return await ReadAsync(response, channel, operation, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The parsed response, or null when the API answers 404, for a request that carries <paramref name="token"/>. A
    /// 401 or 403 drops the token and sends once more with a fresh one, when the token can be refreshed: Amazon
    /// answers an expired token with 403, the others with 401. With no credentials set at all the request goes
    /// without a token, as a test double or a proxy that adds its own may accept it; a marketplace refuses it, and the
    /// error says to check the access token.
    /// </summary>
    /// <param name="client">The channel's API client.</param>
    /// <param name="request">Builds the request around a token (null: none set); called once per attempt.</param>
    /// <param name="token">The channel's shared token.</param>
    /// <param name="channel">The channel, for logs and errors.</param>
    /// <param name="operation">The API operation, for logs and errors.</param>
    /// <param name="logger">The caller's logger.</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    public static async Task<JsonDocument?> GetJsonAsync(
        HttpClient client,
        Func<string?, HttpRequestMessage> request,
        ChannelAccessToken token,
        string channel,
        string operation,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = token.IsAvailable
                ? await RefusedTokenRetry
                    .SendAsync(token, SendWithAsync, IsRefused, channel, logger, cancellationToken)
                    .ConfigureAwait(false)
                : await SendWithAsync(null, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelTokenException error)
        {
            throw new ChannelApiException(
                $"The {ChannelDisplay.Name(channel)} API cannot be called for {operation}: {error.Message}", error);
        }

        using (response)
        {
            return await ReadAsync(response, channel, operation, logger, cancellationToken).ConfigureAwait(false);
        }

        async Task<HttpResponseMessage> SendWithAsync(string? value, CancellationToken cancellation)
        {
            using var message = request(value);
            return await SendAsync(client, message, channel, operation, logger, cancellation).ConfigureAwait(false);
        }
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        HttpRequestMessage request,
        string channel,
        string operation,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception error) when (error is HttpRequestException
            || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ChannelLog.ApiFailed(logger, channel, operation, 0);
            throw new ChannelApiException(
                $"The {ChannelDisplay.Name(channel)} API could not be reached for {operation}; retry the delivery.",
                error);
        }
    }

    private static async Task<JsonDocument?> ReadAsync(
        HttpResponseMessage response,
        string channel,
        string operation,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            ChannelLog.ApiFailed(logger, channel, operation, (int)response.StatusCode);
            var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            var name = ChannelDisplay.Name(channel);
            throw new ChannelApiException(
                $"The {name} API answered {status} to {operation}; check the access token and retry.");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (JsonException error)
            {
                ChannelLog.ApiFailed(logger, channel, operation, (int)response.StatusCode);
                throw new ChannelApiException(
                    $"The {ChannelDisplay.Name(channel)} API sent a body that is not JSON for {operation}.", error);
            }
        }
    }
}
