using System.Security.Cryptography;
using System.Text;
using Inventory.Channels.Common;
using Inventory.Core.Catalog;
using Inventory.Core.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Tiktok;

/// <summary>
/// TikTok Shop webhooks <c>{type, tts_notification_id, shop_id, timestamp, data}</c>. Type 1 (order status change)
/// is read; its lines come from the Order API because the notification carries only the order id and status.
/// </summary>
/// <remarks>
/// Movement ids: <c>tiktok:order:{orderId}:line:{lineId}:commit</c>, <c>...:ship</c> and <c>...:release</c>. The
/// signature covers no timestamp, so a replayed delivery is only caught by these ids.
/// </remarks>
internal sealed class TiktokWebhookChannel(
    IOptions<TiktokOptions> options,
    IListingMap listingMap,
    TiktokOrderClient orderClient,
    ILogger<TiktokWebhookChannel> logger) : IWebhookChannel
{
    private const string OrderStatusChange = "ORDER_STATUS_CHANGE";

    public string Name => ChannelNames.Tiktok;

    public ValueTask<WebhookVerification> VerifyAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.AppSecret)
            || (settings.SignAppKeyPrefix && string.IsNullOrEmpty(settings.AppKey)))
        {
            return ValueTask.FromResult(ChannelLog.Refuse(
                logger,
                Name,
                "TikTok Shop is not configured (Channels:Tiktok:AppKey and AppSecret); "
                + "set them to accept deliveries."));
        }

        var signature = WebhookSignatures.FromHex(request.Header(settings.SignatureHeaderName));
        if (signature is null)
        {
            return ValueTask.FromResult(ChannelLog.Refuse(
                logger, Name, $"The {settings.SignatureHeaderName} header is missing or not hex."));
        }

        var prefix = settings.SignAppKeyPrefix ? Encoding.UTF8.GetBytes(settings.AppKey!) : [];
        var expected = WebhookSignatures.HmacSha256(settings.AppSecret, prefix, request.Body.Span);
        return ValueTask.FromResult(CryptographicOperations.FixedTimeEquals(expected, signature)
            ? WebhookVerification.Authentic
            : ChannelLog.Refuse(
                logger, Name, $"The {settings.SignatureHeaderName} signature does not match the body."));
    }

    public async ValueTask<WebhookParseResult> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var document = JsonBody.TryParse(request.Body, out var bodyProblem);
        if (document is null)
        {
            return ChannelLog.Report(logger, Name, JsonBody.Malformed("unknown", bodyProblem!));
        }

        var root = document.RootElement;
        var problems = new PayloadProblems();
        var type = Payload.Id(root, "type", string.Empty, problems);
        if (type is null)
        {
            return ChannelLog.Report(logger, Name, WebhookParseResult.Malformed("unknown", problems.ToArray()));
        }

        if (type != "1")
        {
            return ChannelLog.Report(logger, Name, WebhookParseResult.Unsupported($"type {type}"));
        }

        var collector = new MovementCollector(Name, OrderStatusChange, listingMap, request, problems);
        var occurredAt = Payload.Timestamp(root, "timestamp", string.Empty, problems);
        var data = Payload.Object(root, "data", string.Empty, problems);
        var orderId = data is { } d ? Payload.Id(d, "order_id", "data", problems) : null;
        var status = data is { } e ? Payload.Id(e, "order_status", "data", problems) : null;
        if (data is { } f)
        {
            occurredAt = Payload.Timestamp(f, "update_time", "data", problems) ?? occurredAt;
        }

        if (orderId is not null && status is not null && !problems.Any && TiktokOrderStatuses.IsActedOn(status))
        {
            var lines = await orderClient.GetLinesAsync(orderId, cancellationToken).ConfigureAwait(false)
                ?? throw new ChannelApiException($"The TikTok Shop Order API does not return order {orderId}.");
            for (var index = 0; index < lines.Count; index++)
            {
                var line = lines[index];
                await collector.AddLineAsync(
                    new ChannelLine(line.LineId, line.SellerSku, line.SkuId, line.Quantity, $"line_items[{index}]"),
                    options.Value.Location,
                    orderId,
                    occurredAt,
                    TiktokOrderStatuses.Steps(status, orderId, line),
                    cancellationToken).ConfigureAwait(false);
            }
        }

        return ChannelLog.Report(logger, Name, collector.ToResult());
    }

    public ValueTask<ChallengeAnswer?> AnswerChallengeAsync(
        WebhookRequest request, CancellationToken cancellationToken) => ValueTask.FromResult<ChallengeAnswer?>(null);
}
