using System.Text.Json;
using Inventory.Channels.Common;
using Inventory.Core.Catalog;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Amazon;

/// <summary>
/// SP-API notifications delivered by an EventBridge API destination: <c>ORDER_CHANGE</c> and
/// <c>FBA_INVENTORY_AVAILABILITY_CHANGES</c>. The body is the EventBridge event whose <c>detail</c> is the
/// notification; a bare notification (as SQS carries it) is accepted too.
/// </summary>
/// <remarks>
/// <para>Movement ids: <c>amazon:order:{orderId}:item:{orderItemId}:commit</c>, <c>...:ship</c> and <c>...:release</c>;
/// FBA reports, which have no business key, use <c>amazon:fba:{notificationId}</c>.</para>
/// <para>An order notification carries a status, not the change, so each status yields every movement up to it
/// (a shipped order: commit and ship). The ids make the ones already applied no-ops, and a missed notification
/// (Amazon does not promise order) cannot leave a shipment without its commit.</para>
/// </remarks>
internal sealed class AmazonWebhookChannel(
    IOptions<AmazonOptions> options,
    IListingMap listingMap,
    AmazonOrderClient orderClient,
    ILogger<AmazonWebhookChannel> logger) : IWebhookChannel
{
    private const string OrderChange = "ORDER_CHANGE";
    private const string FbaInventory = "FBA_INVENTORY_AVAILABILITY_CHANGES";

    public string Name => ChannelNames.Amazon;

    public ValueTask<WebhookVerification> VerifyAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.SharedSecret))
        {
            return ValueTask.FromResult(ChannelLog.Refuse(
                logger,
                Name,
                "No Amazon shared secret is configured (Channels:Amazon:SharedSecret); set it to accept deliveries."));
        }

        var presented = request.Header(settings.SecretHeaderName);
        if (presented is null)
        {
            return ValueTask.FromResult(ChannelLog.Refuse(
                logger, Name, $"The {settings.SecretHeaderName} header is missing."));
        }

        return ValueTask.FromResult(WebhookSignatures.SecretEquals(presented, settings.SharedSecret)
            ? WebhookVerification.Authentic
            : ChannelLog.Refuse(
                logger, Name, $"The {settings.SecretHeaderName} header does not hold the shared secret."));
    }

    public async ValueTask<WebhookParseResult> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var document = JsonBody.TryParse(request.Body, out var bodyProblem);
        if (document is null)
        {
            return ChannelLog.Report(logger, Name, JsonBody.Malformed("unknown", bodyProblem!));
        }

        var (notification, path) = Payload.TryGet(document.RootElement, "detail", out var detail)
            ? (detail, "detail")
            : (document.RootElement, string.Empty);
        var problems = new PayloadProblems();
        var topic = Payload.Id(notification, "NotificationType", path, problems);
        if (topic is null)
        {
            return ChannelLog.Report(logger, Name, WebhookParseResult.Malformed("unknown", problems.ToArray()));
        }

        if (topic is not (OrderChange or FbaInventory))
        {
            return ChannelLog.Report(logger, Name, WebhookParseResult.Unsupported(topic));
        }

        var collector = new MovementCollector(Name, topic, listingMap, request, problems);
        var occurredAt = Payload.Timestamp(notification, "EventTime", path, problems);
        var payload = Payload.Object(notification, "Payload", path, problems);
        if (payload is { } body)
        {
            var payloadPath = Payload.Path(path, "Payload");
            if (topic == FbaInventory)
            {
                await FbaInventoryAsync(notification, path, body, payloadPath, occurredAt, collector, cancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                await OrderChangeAsync(body, payloadPath, occurredAt, collector, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        return ChannelLog.Report(logger, Name, collector.ToResult());
    }

    public ValueTask<ChallengeAnswer?> AnswerChallengeAsync(
        WebhookRequest request, CancellationToken cancellationToken) => ValueTask.FromResult<ChallengeAnswer?>(null);

    private async ValueTask OrderChangeAsync(
        JsonElement payload,
        string path,
        DateTimeOffset? occurredAt,
        MovementCollector collector,
        CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var changePath = Payload.Path(path, "OrderChangeNotification");
        if (Payload.Object(payload, "OrderChangeNotification", path, problems) is not { } change)
        {
            return;
        }

        var orderId = Payload.Id(change, "AmazonOrderId", changePath, problems);
        var summaryPath = Payload.Path(changePath, "Summary");
        var summary = Payload.Object(change, "Summary", changePath, problems);
        var status = summary is { } s ? Payload.Id(s, "OrderStatus", summaryPath, problems) : null;
        if (orderId is null || status is null || problems.Any || !AmazonOrderStatuses.IsActedOn(status))
        {
            return;
        }

        var items = await orderClient.GetOrderItemsAsync(orderId, cancellationToken).ConfigureAwait(false)
            ?? throw new ChannelApiException(
                $"The Amazon Orders API does not know order {orderId}; check the region and the seller's token.");

        // Amazon fulfils AFN orders from its own network, so their stock moves at the FBA location.
        var location = Payload.OptionalText(summary!.Value, "FulfillmentType") == "AFN"
            ? options.Value.FbaLocation
            : options.Value.Location;
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var line = new ChannelLine(
                item.OrderItemId, item.SellerSku, item.Asin, item.QuantityOrdered, $"orderItems[{index}]");
            await collector.AddLineAsync(
                line,
                location,
                orderId,
                occurredAt,
                AmazonOrderStatuses.Steps(status, orderId, item),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask FbaInventoryAsync(
        JsonElement notification,
        string notificationPath,
        JsonElement payload,
        string path,
        DateTimeOffset? occurredAt,
        MovementCollector collector,
        CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var metadataPath = Payload.Path(notificationPath, "NotificationMetadata");
        var notificationId = Payload.Object(notification, "NotificationMetadata", notificationPath, problems) is { } m
            ? Payload.Id(m, "NotificationId", metadataPath, problems)
            : null;
        var marketplaces = Payload.Array(payload, "FulfillmentInventoryByMarketplace", path, problems);
        var sku = Payload.OptionalText(payload, "SellerSKU");
        var asin = Payload.OptionalText(payload, "ASIN");
        if (notificationId is null || marketplaces is null)
        {
            return;
        }

        var (inventory, inventoryPath) = PickMarketplace(
            marketplaces.Value, Payload.Path(path, "FulfillmentInventoryByMarketplace"));
        if (inventory is null)
        {
            problems.Add(Payload.Path(path, "FulfillmentInventoryByMarketplace"), "No marketplace entry to read.");
            return;
        }

        var reported = AmazonFbaQuantities.Read(inventory.Value, inventoryPath, problems);
        var id = MovementIds.Create(Name, "fba", notificationId);
        var line = new ChannelLine(notificationId, sku, asin, reported.OnHand, path);
        var resolved = await collector.ResolveSkuAsync(line, cancellationToken).ConfigureAwait(false);
        if (resolved is null)
        {
            if (sku is not null || asin is not null)
            {
                collector.AddUnmapped(new UnmappedLine(
                    id, Name, asin ?? sku!, sku, FbaInventory, reported.OnHand, null, collector.ReceivedAt));
            }

            return;
        }

        collector.Add(
            new Movement
            {
                Id = id,
                Kind = MovementKind.ChannelHeldStockSet,
                Sku = resolved,
                Location = options.Value.FbaLocation,
                Reported = reported,
                Source = new MovementSource(Name, notificationId),
                OccurredAt = occurredAt ?? collector.ReceivedAt,
            },
            path);
    }

    private (JsonElement? Inventory, string Path) PickMarketplace(JsonElement marketplaces, string path)
    {
        var wanted = options.Value.FbaMarketplaceId;
        var index = 0;
        foreach (var entry in marketplaces.EnumerateArray())
        {
            if (wanted is null || Payload.OptionalText(entry, "MarketplaceId") == wanted)
            {
                return (entry, Payload.Index(path, index));
            }

            index++;
        }

        return (null, path);
    }
}
