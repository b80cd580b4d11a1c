using System.Text.Json;
using Inventory.Channels.Common;
using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Amazon;

/// <summary>
/// Fetches an order's items from the SP-API Orders API (<c>GET /orders/v0/orders/{id}/orderItems</c>).
/// </summary>
/// <remarks>
/// Carries the token the listings client uses (<see cref="AmazonTokens"/>). Follows <c>NextToken</c> for at most
/// <see cref="MaxPages"/> pages.
/// </remarks>
internal sealed class AmazonOrderClient(
    IHttpClientFactory httpClientFactory, AmazonTokens tokens, ILogger<AmazonOrderClient> logger)
{
    private const int MaxPages = 10;

    /// <summary>The order's items, or null when Amazon does not know the order.</summary>
    public async Task<IReadOnlyList<AmazonOrderItem>?> GetOrderItemsAsync(
        string orderId, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(ChannelHttpClients.AmazonOrders);
        var items = new List<AmazonOrderItem>();
        string? nextToken = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var path = $"orders/v0/orders/{Uri.EscapeDataString(orderId)}/orderItems"
                + (nextToken is null ? string.Empty : $"?NextToken={Uri.EscapeDataString(nextToken)}");
            using var document = await ChannelApi
                .GetJsonAsync(
                    client,
                    token =>
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, path);
                        if (token is not null)
                        {
                            request.Headers.TryAddWithoutValidation("x-amz-access-token", token);
                        }

                        return request;
                    },
                    tokens.SellingPartner,
                    ChannelNames.Amazon,
                    "getOrderItems",
                    logger,
                    cancellationToken)
                .ConfigureAwait(false);
            if (document is null)
            {
                return null;
            }

            nextToken = Read(document.RootElement, items);
            if (nextToken is null)
            {
                return items;
            }
        }

        return items;
    }

    private static string? Read(JsonElement root, List<AmazonOrderItem> items)
    {
        var problems = new PayloadProblems();
        if (Payload.Object(root, "payload", string.Empty, problems) is not { } payload
            || Payload.Array(payload, "OrderItems", "payload", problems) is not { } orderItems)
        {
            throw new ChannelApiException("The Amazon Orders API answered without payload.OrderItems.");
        }

        var index = 0;
        foreach (var item in orderItems.EnumerateArray())
        {
            var path = Payload.Index("payload.OrderItems", index++);
            var id = Payload.Id(item, "OrderItemId", path, problems);
            var ordered = Payload.Quantity(item, "QuantityOrdered", path, problems);
            if (id is null || ordered is null)
            {
                throw new ChannelApiException(
                    $"The Amazon Orders API sent an order item without id or quantity at {path}.");
            }

            items.Add(new AmazonOrderItem(
                id,
                Payload.OptionalText(item, "SellerSKU"),
                Payload.OptionalText(item, "ASIN"),
                ordered.Value,
                Payload.Count(item, "QuantityShipped", path, problems)));
        }

        return Payload.OptionalText(payload, "NextToken");
    }
}
