using Inventory.Channels.Common;
using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Ebay;

/// <summary>
/// Fetches an order's line items from the Fulfillment API (<c>GET /sell/fulfillment/v1/order/{orderId}</c>).
/// </summary>
/// <remarks>
/// Carries the order-scoped user token of <see cref="EbayTokens"/>.
/// </remarks>
internal sealed class EbayOrderClient(
    IHttpClientFactory httpClientFactory, EbayTokens tokens, ILogger<EbayOrderClient> logger)
{
    /// <summary>The order's line items, or null when eBay does not know the order.</summary>
    public async Task<IReadOnlyList<EbayOrderLine>?> GetLinesAsync(string orderId, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(ChannelHttpClients.EbayApi);
        var resource = $"sell/fulfillment/v1/order/{Uri.EscapeDataString(orderId)}";
        using var document = await ChannelApi
            .GetJsonAsync(
                client,
                token =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, resource);
                    if (token is not null)
                    {
                        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
                    }

                    return request;
                },
                tokens.Orders,
                ChannelNames.Ebay,
                "getOrder",
                logger,
                cancellationToken)
            .ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var problems = new PayloadProblems();
        if (Payload.Array(document.RootElement, "lineItems", string.Empty, problems) is not { } items)
        {
            throw new ChannelApiException("The eBay Fulfillment API answered without lineItems.");
        }

        var lines = new List<EbayOrderLine>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var path = Payload.Index("lineItems", index++);
            var id = Payload.Id(item, "lineItemId", path, problems);
            var quantity = Payload.Quantity(item, "quantity", path, problems);
            if (id is null || quantity is null)
            {
                throw new ChannelApiException(
                    $"The eBay Fulfillment API sent a line item without id or quantity at {path}.");
            }

            lines.Add(new EbayOrderLine(
                id, Payload.OptionalText(item, "sku"), Payload.OptionalText(item, "legacyItemId"), quantity.Value));
        }

        return lines;
    }
}
