using System.Net;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Common;

/// <summary>
/// How the REST outbound clients take the answer to reading a SKU's quantity back: the same for Amazon, Walmart and
/// eBay, which differ only in where the quantity sits in the body.
/// </summary>
internal static class OutboundReads
{
    /// <summary>
    /// The body to read the quantity from, or null when the channel knows no such item (404). A call that failed or
    /// was answered with another unsuccessful status is logged and thrown as <see cref="ChannelApiException"/> naming
    /// the SKU, with the reason worded as for a push (<see cref="OutboundHttp.FromStatus"/>).
    /// </summary>
    /// <param name="answer">What the client's send returned.</param>
    /// <param name="channel">The channel, for the log and the error.</param>
    /// <param name="sku">Our SKU, for the log and the error.</param>
    /// <param name="settingsHint">The settings a refused credential should send the reader to.</param>
    /// <param name="logger">The client's logger.</param>
    public static string? BodyOrNotFound(
        (ChannelResponse? Response, PushResult? Failure) answer,
        string channel,
        string sku,
        string settingsHint,
        ILogger logger)
    {
        var (response, failure) = answer;
        if (response is { Status: HttpStatusCode.NotFound })
        {
            return null;
        }

        if (failure is not null || !response!.IsSuccess)
        {
            var error = failure?.Error ?? OutboundHttp.FromStatus(response!, channel, settingsHint).Error!;
            OutboundLog.ReadFailed(logger, channel, sku, error);
            throw new ChannelApiException(
                $"Reading the {ChannelDisplay.Name(channel)} quantity of SKU {sku} failed: {error}");
        }

        return response.Body;
    }
}
