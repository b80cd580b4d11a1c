using System.Text.Json;
using Inventory.Channels.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Walmart;

/// <summary>
/// Fetches a purchase order's lines from the Walmart Orders API (<c>GET /v3/orders/{purchaseOrderId}</c>).
/// </summary>
/// <remarks>
/// Carries the token the inventory client uses (<see cref="WalmartTokens"/>).
/// </remarks>
internal sealed class WalmartOrderClient(
    IHttpClientFactory httpClientFactory,
    WalmartTokens tokens,
    IOptions<WalmartOutboundOptions> outbound,
    ILogger<WalmartOrderClient> logger)
{
    /// <summary>The order's lines, or null when Walmart does not know the order.</summary>
    public async Task<IReadOnlyList<WalmartOrderLine>?> GetLinesAsync(
        string purchaseOrderId, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(ChannelHttpClients.WalmartOrders);
        var path = $"v3/orders/{Uri.EscapeDataString(purchaseOrderId)}";
        using var document = await ChannelApi
            .GetJsonAsync(
                client,
                token =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, path);
                    WalmartServiceHeaders.Add(request, outbound.Value.ServiceName);
                    if (token is not null)
                    {
                        request.Headers.TryAddWithoutValidation("WM_SEC.ACCESS_TOKEN", token);
                    }

                    return request;
                },
                tokens.Marketplace,
                ChannelNames.Walmart,
                "getAnOrder",
                logger,
                cancellationToken)
            .ConfigureAwait(false);
        return document is null ? null : Read(document.RootElement);
    }

    private static List<WalmartOrderLine> Read(JsonElement root)
    {
        var problems = new PayloadProblems();
        var order = Payload.TryGet(root, "order", out var wrapped) ? wrapped : root;
        if (Payload.Object(order, "orderLines", "order", problems) is not { } container
            || Payload.Array(container, "orderLine", "order.orderLines", problems) is not { } orderLines)
        {
            throw new ChannelApiException("The Walmart Orders API answered without order.orderLines.orderLine.");
        }

        var lines = new List<WalmartOrderLine>();
        var index = 0;
        foreach (var line in orderLines.EnumerateArray())
        {
            var path = Payload.Index("order.orderLines.orderLine", index++);
            var number = Payload.Id(line, "lineNumber", path, problems);
            var quantity = Payload.TryGet(line, "orderLineQuantity", out var q)
                ? Payload.Quantity(q, "amount", Payload.Path(path, "orderLineQuantity"), problems)
                : null;
            if (number is null || quantity is null)
            {
                throw new ChannelApiException(
                    $"The Walmart Orders API sent a line without number or quantity at {path}.");
            }

            var sku = Payload.TryGet(line, "item", out var item) ? Payload.OptionalText(item, "sku") : null;
            lines.Add(new WalmartOrderLine(number, sku, quantity.Value, LatestStatus(line), path));
        }

        return lines;
    }

    private static string? LatestStatus(JsonElement line)
    {
        if (!Payload.TryGet(line, "orderLineStatuses", out var statuses)
            || !Payload.TryGet(statuses, "orderLineStatus", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        string? status = null;
        foreach (var entry in list.EnumerateArray())
        {
            status = Payload.OptionalText(entry, "status") ?? status;
        }

        return status;
    }
}
