using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Inventory.Channels.Common;
using Inventory.Core.Catalog;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Walmart;

/// <summary>
/// Walmart Marketplace webhooks: <c>PO_CREATED</c> commits and <c>PO_LINE_AUTOCANCELLED</c> releases each line; the
/// same sub-events inside an <c>ORDER_UPDATES</c> event are read the same way. Other events are unsupported.
/// </summary>
/// <remarks>
/// Movement ids: <c>walmart:po:{purchaseOrderId}:line:{lineNumber}:commit</c> and <c>...:release</c>. A notification
/// without <c>orderLines</c> is completed from the Orders API; for an auto-cancel only the lines whose latest status
/// is <c>Cancelled</c> are released.
/// </remarks>
internal sealed class WalmartWebhookChannel(
    IOptions<WalmartOptions> options,
    IListingMap listingMap,
    WalmartOrderClient orderClient,
    ILogger<WalmartWebhookChannel> logger) : IWebhookChannel
{
    private const string Created = "PO_CREATED";
    private const string AutoCancelled = "PO_LINE_AUTOCANCELLED";

    public string Name => ChannelNames.Walmart;

    public ValueTask<WebhookVerification> VerifyAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        return ValueTask.FromResult(settings.AuthMethod == WalmartAuthMethod.BasicAuth
            ? VerifyBasic(request, settings)
            : VerifyHmac(request, settings));
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
        var source = Payload.Object(root, "source", string.Empty, problems);
        var topic = source is { } s ? Payload.Id(s, "eventType", "source", problems) : null;
        var payload = Payload.Object(root, "payload", string.Empty, problems);
        if (topic is null || payload is null)
        {
            return ChannelLog.Report(
                logger, Name, WebhookParseResult.Malformed(topic ?? "unknown", problems.ToArray()));
        }

        var (order, orderPath) = (payload.Value, "payload");
        if (topic == "ORDER_UPDATES")
        {
            topic = Payload.OptionalText(payload.Value, "subEventType") ?? topic;
            if (Payload.TryGet(payload.Value, "order", out var nested))
            {
                (order, orderPath) = (nested, "payload.order");
            }
        }

        if (topic is not (Created or AutoCancelled))
        {
            return ChannelLog.Report(logger, Name, WebhookParseResult.Unsupported(topic));
        }

        var collector = new MovementCollector(Name, topic, listingMap, request, problems);
        var occurredAt = Payload.Timestamp(source!.Value, "eventTime", "source", problems);
        await OrderAsync(topic, order, orderPath, occurredAt, collector, cancellationToken).ConfigureAwait(false);
        return ChannelLog.Report(logger, Name, collector.ToResult());
    }

    public ValueTask<ChallengeAnswer?> AnswerChallengeAsync(
        WebhookRequest request, CancellationToken cancellationToken) => ValueTask.FromResult<ChallengeAnswer?>(null);

    private WebhookVerification VerifyHmac(WebhookRequest request, WalmartOptions settings)
    {
        if (string.IsNullOrEmpty(settings.ClientSecret))
        {
            return ChannelLog.Refuse(
                logger,
                Name,
                "No Walmart client secret is configured (Channels:Walmart:ClientSecret); set it to accept deliveries.");
        }

        var presented = request.Header(settings.AuthHeaderName);
        if (presented is null)
        {
            return ChannelLog.Refuse(logger, Name, $"The {settings.AuthHeaderName} header is missing.");
        }

        var signature = settings.SignatureEncoding == WalmartSignatureEncoding.Hex
            ? WebhookSignatures.FromHex(presented)
            : WebhookSignatures.FromBase64(presented);
        if (signature is null)
        {
            return ChannelLog.Refuse(
                logger, Name, $"The {settings.AuthHeaderName} header is not {settings.SignatureEncoding} encoded.");
        }

        var expected = WebhookSignatures.HmacSha256(settings.ClientSecret, [], request.Body.Span);
        return CryptographicOperations.FixedTimeEquals(expected, signature)
            ? WebhookVerification.Authentic
            : ChannelLog.Refuse(logger, Name, $"The {settings.AuthHeaderName} signature does not match the body.");
    }

    private WebhookVerification VerifyBasic(WebhookRequest request, WalmartOptions settings)
    {
        if (string.IsNullOrEmpty(settings.BasicAuthUser) || string.IsNullOrEmpty(settings.BasicAuthPassword))
        {
            return ChannelLog.Refuse(
                logger,
                Name,
                "Walmart basic auth is chosen but Channels:Walmart:BasicAuthUser or BasicAuthPassword is not set.");
        }

        var header = request.Header("Authorization");
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return ChannelLog.Refuse(logger, Name, "The Authorization header with Basic credentials is missing.");
        }

        var expected = Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{settings.BasicAuthUser}:{settings.BasicAuthPassword}"));
        return WebhookSignatures.SecretEquals(header["Basic ".Length..].Trim(), expected)
            ? WebhookVerification.Authentic
            : ChannelLog.Refuse(logger, Name, "The Basic credentials do not match the configured user and password.");
    }

    private async ValueTask OrderAsync(
        string topic,
        JsonElement order,
        string path,
        DateTimeOffset? occurredAt,
        MovementCollector collector,
        CancellationToken cancellationToken)
    {
        var problems = collector.Problems;
        var purchaseOrderId = Payload.Id(order, "purchaseOrderId", path, problems);
        if (purchaseOrderId is null)
        {
            return;
        }

        IReadOnlyList<WalmartOrderLine> lines;
        if (Payload.TryGet(order, "orderLines", out _))
        {
            lines = ReadLines(order, path, problems);
        }
        else
        {
            var fetched = await orderClient.GetLinesAsync(purchaseOrderId, cancellationToken).ConfigureAwait(false)
                ?? throw new ChannelApiException(
                    $"The Walmart Orders API does not know purchase order {purchaseOrderId}; "
                    + "check the seller's token.");
            lines = topic == AutoCancelled
                ? [.. fetched.Where(line => "Cancelled".Equals(line.Status, StringComparison.OrdinalIgnoreCase))]
                : fetched;
        }

        var (kind, step) = topic == Created
            ? (MovementKind.OrderLineCommitted, "commit")
            : (MovementKind.OrderLineReleased, "release");
        foreach (var line in lines)
        {
            var id = MovementIds.Create(Name, "po", purchaseOrderId, "line", line.LineNumber, step);

            // Walmart lines carry the seller's SKU and no listing id, so a line without a SKU is malformed.
            var channelLine = new ChannelLine(line.LineNumber, line.Sku, null, line.Quantity, line.Path);
            await collector.AddLineAsync(
                channelLine,
                options.Value.Location,
                purchaseOrderId,
                occurredAt,
                [new MovementStep(kind, id, line.Quantity)],
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<WalmartOrderLine> ReadLines(JsonElement order, string path, PayloadProblems problems)
    {
        var lines = new List<WalmartOrderLine>();
        var linesPath = Payload.Path(path, "orderLines");
        if (Payload.Array(order, "orderLines", path, problems) is not { } items)
        {
            return lines;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var linePath = Payload.Index(linesPath, index++);
            var number = Payload.Id(item, "lineNumber", linePath, problems);
            var quantityPath = Payload.Path(linePath, "quantity");
            int? quantity = null;
            if (Payload.Object(item, "quantity", linePath, problems) is { } q)
            {
                var field = Payload.TryGet(q, "measurementValue", out _) ? "measurementValue" : "amount";
                quantity = Payload.Quantity(q, field, quantityPath, problems);
            }

            if (number is not null && quantity is not null)
            {
                var sku = Payload.OptionalText(item, "sku");
                lines.Add(new WalmartOrderLine(number, sku, quantity.Value, null, linePath));
            }
        }

        return lines;
    }
}
