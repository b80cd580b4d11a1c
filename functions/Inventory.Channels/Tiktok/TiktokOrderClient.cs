using Inventory.Channels.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Tiktok;

/// <summary>Fetches an order's lines from the TikTok Shop Order API (<c>GET /order/202309/orders?ids=</c>).</summary>
/// <remarks>
/// Signed as every Open API call is (<see cref="TiktokRequestSigner"/>: app key, timestamp, the shop cipher when
/// <see cref="TiktokOutboundOptions.ShopCipher"/> is set, and <c>sign</c>), with the configured
/// <see cref="TiktokOptions.AccessToken"/> in <c>x-tts-access-token</c>; TikTok's token refresh is not built.
/// Version 202309 lists one line per unit; a line's <c>quantity</c>, when present, is honoured, else it counts one.
/// </remarks>
internal sealed class TiktokOrderClient(
    IHttpClientFactory httpClientFactory,
    IOptions<TiktokOptions> options,
    IOptions<TiktokOutboundOptions> outbound,
    TimeProvider time,
    ILogger<TiktokOrderClient> logger)
{
    private const string Path = "/order/202309/orders";

    /// <summary>The order's lines, or null when TikTok does not return the order.</summary>
    public async Task<IReadOnlyList<TiktokOrderLine>?> GetLinesAsync(
        string orderId, CancellationToken cancellationToken)
    {
        var settings = options.Value;

        // A delivery reaches this only once verified with the app secret, so only the app key can be missing here.
        if (string.IsNullOrEmpty(settings.AppKey) || string.IsNullOrEmpty(settings.AppSecret))
        {
            throw new ChannelApiException(
                "TikTok Shop order lookups are signed: set Channels:Tiktok:AppKey and Channels:Tiktok:AppSecret.");
        }

        var client = httpClientFactory.CreateClient(ChannelHttpClients.TiktokOrders);
        var address = TiktokRequestSigner.SignedAddress(
            settings.AppKey, settings.AppSecret, outbound.Value.ShopCipher, Path, [new("ids", orderId)], null,
            time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (!string.IsNullOrEmpty(settings.AccessToken))
        {
            request.Headers.TryAddWithoutValidation("x-tts-access-token", settings.AccessToken);
        }

        using var document = await ChannelApi
            .GetJsonAsync(client, request, ChannelNames.Tiktok, "getOrderDetail", logger, cancellationToken)
            .ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        if (Payload.OptionalText(root, "code") is { } code && code != "0")
        {
            ChannelLog.ApiFailed(logger, ChannelNames.Tiktok, "getOrderDetail", 200);
            throw new ChannelApiException($"The TikTok Shop Order API answered code {code}; check the access token.");
        }

        var problems = new PayloadProblems();
        var data = Payload.Object(root, "data", string.Empty, problems);
        var orders = data is { } d ? Payload.Array(d, "orders", "data", problems) : null;
        if (orders is null)
        {
            throw new ChannelApiException("The TikTok Shop Order API answered without data.orders.");
        }

        foreach (var order in orders.Value.EnumerateArray())
        {
            if (Payload.OptionalText(order, "id") == orderId)
            {
                return ReadLines(order, problems);
            }
        }

        return null;
    }

    private static List<TiktokOrderLine> ReadLines(System.Text.Json.JsonElement order, PayloadProblems problems)
    {
        if (Payload.Array(order, "line_items", "order", problems) is not { } items)
        {
            throw new ChannelApiException("The TikTok Shop Order API sent an order without line_items.");
        }

        var lines = new List<TiktokOrderLine>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var path = Payload.Index("order.line_items", index++);
            var id = Payload.Id(item, "id", path, problems)
                ?? throw new ChannelApiException($"The TikTok Shop Order API sent a line without id at {path}.");
            var quantity = Payload.TryGet(item, "quantity", out _)
                ? Payload.Quantity(item, "quantity", path, problems)
                : 1;
            lines.Add(new TiktokOrderLine(
                id,
                Payload.OptionalText(item, "seller_sku"),
                Payload.OptionalText(item, "sku_id"),
                quantity
                    ?? throw new ChannelApiException($"The TikTok Shop Order API sent a bad quantity at {path}.")));
        }

        return lines;
    }
}
