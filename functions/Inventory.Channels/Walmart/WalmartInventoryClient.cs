using System.Net;
using System.Text.Json.Nodes;
using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Walmart;

/// <summary>
/// Sets a SKU's quantity with Walmart's <c>PUT /v3/inventory?sku=</c>, authenticated with a client-credentials token
/// (<c>POST /v3/token</c>) cached until shortly before it expires. Every call carries a new
/// <c>WM_QOS.CORRELATION_ID</c>.
/// </summary>
/// <remarks>
/// Walmart has no compare-and-set, so <see cref="ChannelPush.ExpectedChannelQuantity"/> is not sent. On a 429 the
/// pipeline waits for <c>x-next-replenish-time</c> (or <c>Retry-After</c>) before trying again.
/// </remarks>
internal sealed class WalmartInventoryClient(
    IHttpClientFactory httpClientFactory,
    IChannelListingDirectory listings,
    IOptions<WalmartOptions> options,
    IOptions<WalmartOutboundOptions> outbound,
    WalmartTokens tokens,
    TimeProvider time,
    OutboundRateLimiters limiters,
    ILogger<WalmartInventoryClient> logger) : IChannelInventoryClient
{
    private const string Hint = WalmartTokens.Hint;

    public string Channel => ChannelNames.Walmart;

    /// <summary>Configured with the API address and credentials (client id and secret, or a fixed access token).
    /// </summary>
    public bool IsConfigured =>
        options.Value.ApiBaseUrl is { Length: > 0 }
        && tokens.Marketplace.IsAvailable;

    public Task<PushResult> PushAsync(ChannelPush push, CancellationToken cancellationToken) =>
        PushAsync(push, ChannelPushLease.None, cancellationToken);

    /// <summary>A token of the inventory client's bucket.</summary>
    public ValueTask<ChannelPushLease> AcquirePushLeaseAsync(CancellationToken cancellationToken) =>
        OutboundLeases.AcquireAsync(
            limiters.GetOrCreate(ChannelHttpClients.WalmartInventory, outbound.Value.Resilience), cancellationToken);

    public async Task<PushResult> PushAsync(
        ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        ArgumentNullException.ThrowIfNull(lease);
        var sku = await ChannelSkuAsync(push.Sku, cancellationToken).ConfigureAwait(false);
        var body = new JsonObject
        {
            ["sku"] = sku,
            ["quantity"] = new JsonObject { ["unit"] = "EACH", ["amount"] = push.Quantity },
        }.ToJsonString();
        var (response, failure) = await SendAsync(HttpMethod.Put, InventoryPath(sku), body, lease, cancellationToken)
            .ConfigureAwait(false);
        var result = failure ?? response switch
        {
            { Status: HttpStatusCode.NotFound } => new PushResult(
                PushStatus.NotListed, null, null, $"Walmart knows no item with SKU {sku}."),
            { IsSuccess: true } => PushResult.Accepted(push.Quantity),
            _ => OutboundHttp.FromStatus(response!, Channel, Hint),
        };
        return OutboundLog.Report(logger, Channel, push, result);
    }

    public async Task<int?> ReadQuantityAsync(string sku, CancellationToken cancellationToken)
    {
        var channelSku = await ChannelSkuAsync(sku, cancellationToken).ConfigureAwait(false);
        var answer = await SendAsync(HttpMethod.Get, InventoryPath(channelSku), null, null, cancellationToken)
            .ConfigureAwait(false);
        if (OutboundReads.BodyOrNotFound(answer, Channel, sku, Hint, logger) is not { } body)
        {
            return null;
        }

        using var document = OutboundJson.Parse(body);
        return document is not null && document.RootElement.TryGetProperty("quantity", out var quantity)
            ? OutboundJson.Int(quantity, "amount")
            : null;
    }

    private string InventoryPath(string sku)
    {
        var path = $"v3/inventory?sku={Uri.EscapeDataString(sku)}";
        return outbound.Value.ShipNode is { Length: > 0 } node ? $"{path}&shipNode={Uri.EscapeDataString(node)}" : path;
    }

    /// <summary>Sends once; a 401 drops the cached token and sends once more with a fresh one.</summary>
    private Task<(ChannelResponse? Response, PushResult? Failure)> SendAsync(
        HttpMethod method, string path, string? body, ChannelPushLease? lease, CancellationToken cancellationToken) =>
        new TokenedRequest(
                Channel,
                time,
                logger,
                tokens.Marketplace,
                (request, token) =>
                {
                    WalmartServiceHeaders.Add(request, outbound.Value.ServiceName);
                    request.Headers.TryAddWithoutValidation("WM_SEC.ACCESS_TOKEN", token);
                },
                static response => response.Status is HttpStatusCode.Unauthorized)
            .SendAsync(
                httpClientFactory.CreateClient(ChannelHttpClients.WalmartInventory), method, path, body, lease,
                cancellationToken);

    private async Task<string> ChannelSkuAsync(string sku, CancellationToken cancellationToken)
    {
        var listing = await listings.FindAsync(Channel, sku, cancellationToken).ConfigureAwait(false);
        return listing?.ChannelSku is { Length: > 0 } channelSku ? channelSku : sku;
    }
}
