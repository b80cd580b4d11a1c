using System.Security.Cryptography;
using System.Text.Json;
using Inventory.Channels.Common;
using Inventory.Core.Catalog;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Shopify;

/// <summary>
/// Shopify webhooks: <c>orders/create</c>, <c>orders/cancelled</c>, <c>orders/fulfilled</c>,
/// <c>fulfillments/create</c>, <c>refunds/create</c> and <c>inventory_levels/update</c>.
/// </summary>
/// <remarks>
/// Movement ids are business keys, never the delivery id, because one event reaches us through several topics
/// (a fulfilment arrives as <c>fulfillments/create</c> and inside <c>orders/fulfilled</c>):
/// <c>shopify:order:{orderId}:line:{lineItemId}:commit</c>, <c>shopify:order:{orderId}:line:{lineItemId}:release</c>,
/// <c>shopify:fulfillment:{fulfillmentId}:line:{lineItemId}</c>, <c>shopify:refund:{refundId}:line:{lineItemId}</c>
/// and <c>shopify:level:{inventoryItemId}:{locationId}:{updatedAtUnixMs}</c>. <c>orders/cancelled</c> and
/// <c>orders/fulfilled</c> repeat each line's commit before releasing or shipping it (see <c>CommitAsync</c>).
/// </remarks>
internal sealed class ShopifyWebhookChannel(
    IOptions<ShopifyOptions> options,
    IListingMap listingMap,
    ILogger<ShopifyWebhookChannel> logger) : IWebhookChannel
{
    private const string SignatureHeader = "X-Shopify-Hmac-Sha256";
    private const string TopicHeader = "X-Shopify-Topic";

    public string Name => ChannelNames.Shopify;

    public ValueTask<WebhookVerification> VerifyAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.WebhookSecret))
        {
            return ValueTask.FromResult(ChannelLog.Refuse(
                logger,
                Name,
                "No Shopify webhook secret is configured (Channels:Shopify:WebhookSecret); "
                + "set it to accept deliveries."));
        }

        var presented = request.Header(SignatureHeader);
        if (presented is null)
        {
            return ValueTask.FromResult(ChannelLog.Refuse(logger, Name, $"The {SignatureHeader} header is missing."));
        }

        var signature = WebhookSignatures.FromBase64(presented);
        if (signature is null)
        {
            return ValueTask.FromResult(
                ChannelLog.Refuse(logger, Name, $"The {SignatureHeader} header is not base64."));
        }

        var body = request.Body.Span;
        if (Matches(settings.WebhookSecret, body, signature)
            || (!string.IsNullOrEmpty(settings.PreviousWebhookSecret)
                && Matches(settings.PreviousWebhookSecret, body, signature)))
        {
            return ValueTask.FromResult(WebhookVerification.Authentic);
        }

        return ValueTask.FromResult(ChannelLog.Refuse(
            logger, Name, $"The {SignatureHeader} signature does not match the body for the configured secret."));
    }

    public async ValueTask<WebhookParseResult> ParseAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topic = request.Header(TopicHeader)?.Trim();
        if (string.IsNullOrEmpty(topic))
        {
            return ChannelLog.Report(logger, Name, WebhookParseResult.Malformed(
                "unknown", new ValidationFailure(TopicHeader, $"The {TopicHeader} header is required.")));
        }

        if (topic is not ("orders/create" or "orders/cancelled" or "orders/fulfilled" or "fulfillments/create"
            or "refunds/create" or "inventory_levels/update"))
        {
            return ChannelLog.Report(logger, Name, WebhookParseResult.Unsupported(topic));
        }

        using var document = JsonBody.TryParse(request.Body, out var bodyProblem);
        if (document is null)
        {
            return ChannelLog.Report(logger, Name, JsonBody.Malformed(topic, bodyProblem!));
        }

        var root = document.RootElement;
        var collector = new MovementCollector(Name, topic, listingMap, request, new PayloadProblems());
        var handled = topic switch
        {
            "orders/create" => await OrderCreatedAsync(root, collector, cancellationToken).ConfigureAwait(false),
            "orders/cancelled" => await OrderCancelledAsync(root, collector, cancellationToken).ConfigureAwait(false),
            "orders/fulfilled" => await OrderFulfilledAsync(root, collector, cancellationToken).ConfigureAwait(false),
            "fulfillments/create" => await FulfillmentAsync(root, string.Empty, null, collector, cancellationToken)
                .ConfigureAwait(false),
            "refunds/create" => await RefundAsync(root, collector, cancellationToken).ConfigureAwait(false),
            _ => await InventoryLevelAsync(root, request, collector, cancellationToken).ConfigureAwait(false),
        };

        return ChannelLog.Report(logger, Name, handled ? collector.ToResult() : WebhookParseResult.Unsupported(topic));
    }

    public ValueTask<ChallengeAnswer?> AnswerChallengeAsync(
        WebhookRequest request, CancellationToken cancellationToken) => ValueTask.FromResult<ChallengeAnswer?>(null);

    private static bool Matches(string secret, ReadOnlySpan<byte> body, byte[] signature) =>
        CryptographicOperations.FixedTimeEquals(WebhookSignatures.HmacSha256(secret, [], body), signature);

    private async ValueTask<bool> OrderCreatedAsync(
        JsonElement order, MovementCollector collector, CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var orderId = Payload.Id(order, "id", string.Empty, problems);
        var lines = ReadLines(order, "line_items", string.Empty, problems);
        if (orderId is null)
        {
            return true;
        }

        await CommitAsync(order, orderId, lines, collector, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The commit of every order line, with the id <c>orders/create</c> gives it. <c>orders/cancelled</c> and
    /// <c>orders/fulfilled</c> carry the whole order, so they commit too before releasing or shipping: when they
    /// outrun <c>orders/create</c> (or the order predates the product), the release or shipment then has a commit
    /// to draw on instead of being refused; when the commit is already applied, the stock store skips its id.
    /// </summary>
    private async ValueTask CommitAsync(
        JsonElement order,
        string orderId,
        IReadOnlyList<ChannelLine> lines,
        MovementCollector collector,
        CancellationToken cancellationToken)
    {
        var occurredAt = Payload.Timestamp(order, "created_at", string.Empty, collector.Problems);
        foreach (var line in lines)
        {
            var id = MovementIds.Create(Name, "order", orderId, "line", line.LineId, "commit");
            await collector.AddLineAsync(
                line,
                options.Value.Location,
                orderId,
                occurredAt,
                [new MovementStep(MovementKind.OrderLineCommitted, id, line.Quantity)],
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Releases what the cancelled order still held: each line's units less those already shipped and less those
    /// already released by a restocking refund (which Shopify sends as <c>refunds/create</c> and also lists in the
    /// order's <c>refunds</c>), so a cancel that comes with a refund does not release the same units twice.
    /// </summary>
    private async ValueTask<bool> OrderCancelledAsync(
        JsonElement order, MovementCollector collector, CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var orderId = Payload.Id(order, "id", string.Empty, problems);
        var occurredAt = Payload.Timestamp(order, "cancelled_at", string.Empty, problems);
        var lines = ReadLines(order, "line_items", string.Empty, problems);
        if (orderId is null)
        {
            return true;
        }

        await CommitAsync(order, orderId, lines, collector, cancellationToken).ConfigureAwait(false);
        var shipped = ShippedByLine(order);
        var released = ReleasedByRefunds(order);
        foreach (var line in lines)
        {
            var remaining = line.Quantity
                - shipped.GetValueOrDefault(line.LineId)
                - released.GetValueOrDefault(line.LineId);
            if (remaining <= 0)
            {
                continue;
            }

            var id = MovementIds.Create(Name, "order", orderId, "line", line.LineId, "release");
            await collector.AddLineAsync(
                line with { Quantity = remaining },
                options.Value.Location,
                orderId,
                occurredAt,
                [new MovementStep(MovementKind.OrderLineReleased, id, remaining)],
                cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async ValueTask<bool> OrderFulfilledAsync(
        JsonElement order, MovementCollector collector, CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var orderId = Payload.Id(order, "id", string.Empty, problems);
        var lines = ReadLines(order, "line_items", string.Empty, problems);
        if (Payload.Array(order, "fulfillments", string.Empty, problems) is not { } fulfillments || orderId is null)
        {
            return true;
        }

        await CommitAsync(order, orderId, lines, collector, cancellationToken).ConfigureAwait(false);

        var index = 0;
        foreach (var fulfillment in fulfillments.EnumerateArray())
        {
            var path = Payload.Index("fulfillments", index++);
            await FulfillmentAsync(fulfillment, path, orderId, collector, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async ValueTask<bool> FulfillmentAsync(
        JsonElement fulfillment,
        string path,
        string? orderId,
        MovementCollector collector,
        CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var fulfillmentId = Payload.Id(fulfillment, "id", path, problems);
        orderId ??= Payload.Id(fulfillment, "order_id", path, problems);
        var occurredAt = Payload.Timestamp(fulfillment, "created_at", path, problems);
        var lines = ReadLines(fulfillment, "line_items", path, problems);
        if (fulfillmentId is null || orderId is null || !IsSuccessful(fulfillment))
        {
            return true;
        }

        foreach (var line in lines)
        {
            var id = MovementIds.Create(Name, "fulfillment", fulfillmentId, "line", line.LineId);
            await collector.AddLineAsync(
                line,
                options.Value.Location,
                orderId,
                occurredAt,
                [new MovementStep(MovementKind.OrderLineShipped, id, line.Quantity)],
                cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async ValueTask<bool> RefundAsync(
        JsonElement refund, MovementCollector collector, CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var refundId = Payload.Id(refund, "id", string.Empty, problems);
        var orderId = Payload.Id(refund, "order_id", string.Empty, problems);
        var occurredAt = Payload.Timestamp(refund, "created_at", string.Empty, problems);
        if (Payload.Array(refund, "refund_line_items", string.Empty, problems) is not { } refundLines
            || refundId is null || orderId is null)
        {
            return true;
        }

        var index = 0;
        foreach (var refundLine in refundLines.EnumerateArray())
        {
            var path = Payload.Index("refund_line_items", index++);
            var lineItemId = Payload.Id(refundLine, "line_item_id", path, problems);
            var quantity = Payload.Quantity(refundLine, "quantity", path, problems);
            Payload.TryGet(refundLine, "line_item", out var lineItem);
            if (lineItemId is null || quantity is null)
            {
                continue;
            }

            var line = new ChannelLine(
                lineItemId,
                Payload.OptionalText(lineItem, "sku"),
                Payload.OptionalText(lineItem, "variant_id"),
                quantity.Value,
                Payload.Path(path, "line_item"));
            var kind = ShopifyRefunds.Classify(Payload.OptionalText(refundLine, "restock_type"), lineItem);
            var id = MovementIds.Create(Name, "refund", refundId, "line", lineItemId);
            await collector.AddLineAsync(
                line,
                options.Value.Location,
                orderId,
                occurredAt,
                [new MovementStep(kind, id, quantity.Value)],
                cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>
    /// Shopify's level for a location is usually the echo of our own push, so only locations configured as
    /// channel-held (stock Shopify holds, such as a fulfilment service) are taken, as a channel-held stock report.
    /// The webhook carries only <c>available</c>, so it is reported as on hand with nothing committed or
    /// unavailable; a negative level (Shopify oversold) reads as zero because a count cannot be negative.
    /// </summary>
    private async ValueTask<bool> InventoryLevelAsync(
        JsonElement level, WebhookRequest request, MovementCollector collector, CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var locationId = Payload.Id(level, "location_id", string.Empty, problems);
        if (locationId is null)
        {
            return true;
        }

        if (!options.Value.ChannelHeldLocations.TryGetValue(locationId, out var location))
        {
            return false;
        }

        var itemId = Payload.Id(level, "inventory_item_id", string.Empty, problems);
        var occurredAt = Payload.Timestamp(level, "updated_at", string.Empty, problems);
        var available = ReadAvailable(level, problems);
        var version = occurredAt?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)
            ?? request.Header("X-Shopify-Event-Id");
        if (version is null)
        {
            problems.Add("updated_at", "The field 'updated_at' is required to tell one level report from another.");
        }

        if (itemId is null || available is null || version is null)
        {
            return true;
        }

        var id = MovementIds.Create(Name, "level", itemId, locationId, version);
        var line = new ChannelLine(itemId, null, itemId, Math.Max(available.Value, 0), string.Empty);
        var sku = await collector.ResolveSkuAsync(line, cancellationToken).ConfigureAwait(false);
        if (sku is null)
        {
            collector.AddUnmapped(new UnmappedLine(
                id, Name, itemId, null, "inventory_levels/update", line.Quantity, null, request.ReceivedAt));
            return true;
        }

        collector.Add(
            new Movement
            {
                Id = id,
                Kind = MovementKind.ChannelHeldStockSet,
                Sku = sku,
                Location = location,
                Reported = new ReportedQuantities(line.Quantity, 0, 0, 0),
                Source = new MovementSource(Name, itemId),
                OccurredAt = occurredAt ?? request.ReceivedAt,
            },
            string.Empty);
        return true;
    }

    private static int? ReadAvailable(JsonElement level, PayloadProblems problems)
    {
        if (Payload.TryGet(level, "available", out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var available))
        {
            return available;
        }

        problems.Add("available", "The field 'available' is required and must be a whole number.");
        return null;
    }

    private static List<ChannelLine> ReadLines(JsonElement parent, string name, string path, PayloadProblems problems)
    {
        var lines = new List<ChannelLine>();
        if (Payload.Array(parent, name, path, problems) is not { } items)
        {
            return lines;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var linePath = Payload.Index(Payload.Path(path, name), index++);

            // Gift cards are not stock; skipping them keeps an order with a gift card from being malformed.
            if (Payload.TryGet(item, "gift_card", out var giftCard) && giftCard.ValueKind == JsonValueKind.True)
            {
                continue;
            }

            var lineId = Payload.Id(item, "id", linePath, problems);
            var quantity = Payload.Quantity(item, "quantity", linePath, problems);
            if (lineId is not null && quantity is not null)
            {
                lines.Add(new ChannelLine(
                    lineId,
                    Payload.OptionalText(item, "sku"),
                    Payload.OptionalText(item, "variant_id"),
                    quantity.Value,
                    linePath));
            }
        }

        return lines;
    }

    private static bool IsSuccessful(JsonElement fulfillment) =>
        Payload.OptionalText(fulfillment, "status") is null or "success" or "open" or "pending";

    private static Dictionary<string, int> ShippedByLine(JsonElement order)
    {
        var shipped = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!Payload.TryGet(order, "fulfillments", out var fulfillments)
            || fulfillments.ValueKind != JsonValueKind.Array)
        {
            return shipped;
        }

        foreach (var fulfillment in fulfillments.EnumerateArray())
        {
            if (IsSuccessful(fulfillment))
            {
                AddQuantities(fulfillment, "line_items", "id", shipped, static _ => true);
            }
        }

        return shipped;
    }

    private static Dictionary<string, int> ReleasedByRefunds(JsonElement order)
    {
        var released = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!Payload.TryGet(order, "refunds", out var refunds) || refunds.ValueKind != JsonValueKind.Array)
        {
            return released;
        }

        foreach (var refund in refunds.EnumerateArray())
        {
            AddQuantities(refund, "refund_line_items", "line_item_id", released, static refundLine =>
            {
                Payload.TryGet(refundLine, "line_item", out var lineItem);
                return ShopifyRefunds.Classify(Payload.OptionalText(refundLine, "restock_type"), lineItem)
                    == MovementKind.OrderLineReleased;
            });
        }

        return released;
    }

    private static void AddQuantities(
        JsonElement parent,
        string arrayName,
        string idName,
        Dictionary<string, int> totals,
        Func<JsonElement, bool> include)
    {
        if (!Payload.TryGet(parent, arrayName, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in items.EnumerateArray())
        {
            var id = Payload.OptionalText(item, idName);
            if (id is not null && include(item) && Payload.TryGet(item, "quantity", out var quantity)
                && quantity.TryGetInt32(out var units) && units > 0)
            {
                totals[id] = totals.GetValueOrDefault(id) + units;
            }
        }
    }
}
