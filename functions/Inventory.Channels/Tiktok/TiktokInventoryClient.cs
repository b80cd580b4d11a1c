using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Tiktok;

/// <summary>
/// Sets a SKU's warehouse quantity with the Product API
/// <c>POST /product/202309/products/{product_id}/inventory/update</c>, signed (<see cref="TiktokRequestSigner"/>)
/// with the app key, a timestamp and the shop cipher, authenticated by <c>x-tts-access-token</c>.
/// </summary>
/// <remarks>
/// The access token is the configured <see cref="TiktokOptions.AccessToken"/>; TikTok's token refresh is not built.
/// TikTok has no compare-and-set here, so <see cref="ChannelPush.ExpectedChannelQuantity"/> is not sent. A SKU
/// without a listing (product, SKU and warehouse ids) is not listed.
/// </remarks>
internal sealed class TiktokInventoryClient(
    IHttpClientFactory httpClientFactory,
    IChannelListingDirectory listings,
    IOptions<TiktokOptions> options,
    IOptions<TiktokOutboundOptions> outbound,
    TimeProvider time,
    OutboundRateLimiters limiters,
    ILogger<TiktokInventoryClient> logger) : IChannelInventoryClient
{
    private const string Hint = "Channels:Tiktok:AccessToken";

    public string Channel => ChannelNames.Tiktok;

    /// <summary>Configured with the API address, the app key and secret, an access token and the shop cipher.</summary>
    public bool IsConfigured => options.Value.ApiBaseUrl is { Length: > 0 } && Missing() is null;

    public Task<PushResult> PushAsync(ChannelPush push, CancellationToken cancellationToken) =>
        PushAsync(push, ChannelPushLease.None, cancellationToken);

    /// <summary>A token of the Product API client's bucket.</summary>
    public ValueTask<ChannelPushLease> AcquirePushLeaseAsync(CancellationToken cancellationToken) =>
        OutboundLeases.AcquireAsync(
            limiters.GetOrCreate(ChannelHttpClients.TiktokInventory, outbound.Value.Resilience), cancellationToken);

    public async Task<PushResult> PushAsync(
        ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        ArgumentNullException.ThrowIfNull(lease);
        var result = await SendAsync(push, lease, cancellationToken).ConfigureAwait(false);
        return OutboundLog.Report(logger, Channel, push, result);
    }

    public async Task<int?> ReadQuantityAsync(string sku, CancellationToken cancellationToken)
    {
        var listing = await FindListingAsync(sku, cancellationToken).ConfigureAwait(false);
        if (listing is null)
        {
            return null;
        }

        if (Missing() is { } setting)
        {
            throw new ChannelApiException($"The TikTok Shop outbound client is not configured: set {setting}.");
        }

        var path = $"/product/202309/products/{Uri.EscapeDataString(listing.ProductId!)}";
        var (response, failure) = await CallAsync(HttpMethod.Get, path, null, null, cancellationToken)
            .ConfigureAwait(false);
        using var document = response is { IsSuccess: true } ? OutboundJson.Parse(response.Body) : null;
        if (failure is not null || document is null || CodeOf(document.RootElement) is not "0")
        {
            var error = failure?.Error ?? Describe(response!, document);
            OutboundLog.ReadFailed(logger, Channel, sku, error);
            throw new ChannelApiException($"Reading the TikTok Shop quantity of SKU {sku} failed: {error}");
        }

        return ReadQuantity(document.RootElement, listing);
    }

    private async Task<PushResult> SendAsync(
        ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        if (Missing() is { } setting)
        {
            return OutboundHttp.NotConfigured(Channel, setting);
        }

        var listing = await FindListingAsync(push.Sku, cancellationToken).ConfigureAwait(false);
        if (listing is null)
        {
            return new PushResult(PushStatus.NotListed, null, null,
                $"No TikTok Shop product, SKU and warehouse is stored for SKU {push.Sku}.");
        }

        var body = new JsonObject
        {
            ["skus"] = new JsonArray(new JsonObject
            {
                ["id"] = listing.SkuId,
                ["inventory"] = new JsonArray(new JsonObject
                {
                    ["warehouse_id"] = listing.WarehouseId,
                    ["quantity"] = push.Quantity,
                }),
            }),
        }.ToJsonString();
        var path = $"/product/202309/products/{Uri.EscapeDataString(listing.ProductId!)}/inventory/update";
        var (response, failure) = await CallAsync(HttpMethod.Post, path, body, lease, cancellationToken)
            .ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!response!.IsSuccess)
        {
            return OutboundHttp.FromStatus(response, Channel, Hint);
        }

        using var document = OutboundJson.Parse(response.Body);
        return document is not null && CodeOf(document.RootElement) == "0"
            ? PushResult.Accepted(push.Quantity)
            : OutboundHttp.Failed(Describe(response, document));
    }

    private async Task<(ChannelResponse? Response, PushResult? Failure)> CallAsync(
        HttpMethod method, string path, string? body, ChannelPushLease? lease, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var uri = TiktokRequestSigner.SignedAddress(
            settings.AppKey!, settings.AppSecret!, outbound.Value.ShopCipher!, path, [], body, time.GetUtcNow());

        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            // The body is sent exactly as it was signed.
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("x-tts-access-token", settings.AccessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        OutboundLeases.Attach(request, lease);
        return await OutboundHttp.SendAsync(
            httpClientFactory.CreateClient(ChannelHttpClients.TiktokInventory), request, Channel, time,
            cancellationToken).ConfigureAwait(false);
    }

    private static int? ReadQuantity(JsonElement root, ChannelListing listing)
    {
        if (!root.TryGetProperty("data", out var data) || !data.TryGetProperty("skus", out var skus)
            || skus.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var sku in skus.EnumerateArray())
        {
            if (OutboundJson.Text(sku, "id") != listing.SkuId || !sku.TryGetProperty("inventory", out var inventory)
                || inventory.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var warehouse in inventory.EnumerateArray())
            {
                if (OutboundJson.Text(warehouse, "warehouse_id") == listing.WarehouseId)
                {
                    return OutboundJson.Int(warehouse, "quantity");
                }
            }
        }

        return null;
    }

    private string? Missing()
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.AppKey) || string.IsNullOrEmpty(settings.AppSecret))
        {
            return "Channels:Tiktok:AppKey and Channels:Tiktok:AppSecret";
        }

        if (string.IsNullOrEmpty(settings.AccessToken))
        {
            return Hint;
        }

        return string.IsNullOrEmpty(outbound.Value.ShopCipher) ? "Channels:Tiktok:ShopCipher" : null;
    }

    private async Task<ChannelListing?> FindListingAsync(string sku, CancellationToken cancellationToken)
    {
        var listing = await listings.FindAsync(Channel, sku, cancellationToken).ConfigureAwait(false);
        return listing is { ProductId.Length: > 0, SkuId.Length: > 0, WarehouseId.Length: > 0 } ? listing : null;
    }

    private static string? CodeOf(JsonElement root) => OutboundJson.Text(root, "code");

    private static string Describe(ChannelResponse response, JsonDocument? document)
    {
        if (document is null)
        {
            return response.Status == HttpStatusCode.OK
                ? "TikTok Shop answered with a body that is not JSON."
                : $"TikTok Shop answered {(int)response.Status}.";
        }

        var root = document.RootElement;
        return $"TikTok Shop answered code {CodeOf(root) ?? "none"}: {OutboundJson.Text(root, "message")}";
    }
}
