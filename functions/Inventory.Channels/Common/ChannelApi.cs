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
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception error) when (error is HttpRequestException
            || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ChannelLog.ApiFailed(logger, channel, operation, 0);
            throw new ChannelApiException(
                $"The {channel} API could not be reached for {operation}; the delivery should be retried.", error);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                ChannelLog.ApiFailed(logger, channel, operation, (int)response.StatusCode);
                var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                throw new ChannelApiException(
                    $"The {channel} API answered {status} to {operation}; check the access token and retry.");
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
                        $"The {channel} API sent a body that is not JSON for {operation}.", error);
                }
            }
        }
    }
}
