using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Amazon;

/// <summary>
/// Sets a SKU's merchant-fulfilled quantity with SP-API <c>patchListingsItem</c>: a JSON Patch replacing
/// <c>/attributes/fulfillment_availability</c>. Authenticates with a Login with Amazon access token exchanged from the
/// refresh token and cached until shortly before it expires.
/// </summary>
/// <remarks>
/// Amazon has no compare-and-set here, so <see cref="ChannelPush.ExpectedChannelQuantity"/> is not sent. The seller SKU
/// is the listing's <see cref="ChannelListing.ChannelSku"/> or our SKU. <c>x-amzn-RateLimit-Limit</c> paces retries of
/// a 429 and, when it reports less than configured, slows the token bucket to it for the life of the process and is
/// logged so the setting can be lowered.
/// </remarks>
internal sealed class AmazonInventoryClient(
    IHttpClientFactory httpClientFactory,
    IChannelListingDirectory listings,
    IOptions<AmazonOptions> options,
    IOptions<AmazonOutboundOptions> outbound,
    AmazonTokens tokens,
    TimeProvider time,
    OutboundRateLimiters limiters,
    ILogger<AmazonInventoryClient> logger) : IChannelInventoryClient
{
    private const string Hint = AmazonTokens.Hint;

    private double _lastReportedRate;

    public string Channel => ChannelNames.Amazon;

    /// <summary>
    /// Configured with the API address, a seller and marketplace, and credentials (the Login with Amazon refresh
    /// credentials or a fixed access token). A seller given only on some listings does not count: without a default
    /// seller every other SKU's push would fail.
    /// </summary>
    public bool IsConfigured =>
        options.Value.ApiBaseUrl is { Length: > 0 }
        && outbound.Value is { SellerId.Length: > 0, MarketplaceId.Length: > 0 }
        && tokens.SellingPartner.IsAvailable;

    public Task<PushResult> PushAsync(ChannelPush push, CancellationToken cancellationToken) =>
        PushAsync(push, ChannelPushLease.None, cancellationToken);

    /// <summary>A token of the seller account's bucket, the one every listings call spends.</summary>
    public ValueTask<ChannelPushLease> AcquirePushLeaseAsync(CancellationToken cancellationToken) =>
        OutboundLeases.AcquireAsync(Bucket, cancellationToken);

    public async Task<PushResult> PushAsync(
        ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        ArgumentNullException.ThrowIfNull(lease);
        var result = await SendPatchAsync(push, lease, cancellationToken).ConfigureAwait(false);
        return OutboundLog.Report(logger, Channel, push, result);
    }

    public async Task<int?> ReadQuantityAsync(string sku, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(sku, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            throw new ChannelApiException(
                "The Amazon outbound client is not configured: set Channels:Amazon:SellerId.");
        }

        var path = ItemPath(target.Value) + "&includedData=fulfillmentAvailability";
        var answer = await SendAsync(HttpMethod.Get, path, null, null, cancellationToken).ConfigureAwait(false);
        if (OutboundReads.BodyOrNotFound(answer, Channel, sku, Hint, logger) is not { } body)
        {
            return null;
        }

        using var document = OutboundJson.Parse(body);
        if (document is not null && document.RootElement.TryGetProperty("fulfillmentAvailability", out var entries)
            && entries.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.TryGetProperty("fulfillmentChannelCode", out var code)
                    && code.GetString() == outbound.Value.FulfillmentChannelCode
                    && entry.TryGetProperty("quantity", out var quantity) && quantity.TryGetInt32(out var value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    private ContinuousTokenBucket Bucket =>
        limiters.GetOrCreate(ChannelHttpClients.AmazonListings, outbound.Value.Resilience);

    private async Task<PushResult> SendPatchAsync(
        ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(push.Sku, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            return OutboundHttp.NotConfigured(Channel, "Channels:Amazon:SellerId");
        }

        var body = new JsonObject
        {
            ["productType"] = outbound.Value.ProductType,
            ["patches"] = new JsonArray(new JsonObject
            {
                ["op"] = "replace",
                ["path"] = "/attributes/fulfillment_availability",
                ["value"] = new JsonArray(new JsonObject
                {
                    ["fulfillment_channel_code"] = outbound.Value.FulfillmentChannelCode,
                    ["quantity"] = push.Quantity,
                }),
            }),
        }.ToJsonString();

        var (response, failure) = await SendAsync(
            HttpMethod.Patch, ItemPath(target.Value), body, lease, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (response!.Status == HttpStatusCode.NotFound)
        {
            return new PushResult(PushStatus.NotListed, null, null,
                $"Amazon knows no listing {target.Value.Sku} for seller {target.Value.SellerId}.");
        }

        return response.IsSuccess
            ? ReadSubmission(response.Body, push)
            : OutboundHttp.FromStatus(response, Channel, Hint);
    }

    private static PushResult ReadSubmission(string body, ChannelPush push)
    {
        using var document = OutboundJson.Parse(body);
        if (document is null)
        {
            return OutboundHttp.Failed("Amazon answered with a body that is not JSON.");
        }

        var root = document.RootElement;
        var status = root.TryGetProperty("status", out var s) ? s.GetString() : null;
        if (status == "ACCEPTED")
        {
            return PushResult.Accepted(push.Quantity);
        }

        var issue = root.TryGetProperty("issues", out var issues) && issues.ValueKind == JsonValueKind.Array
            && issues.GetArrayLength() > 0
                ? $"{Text(issues[0], "code")} {Text(issues[0], "message")}".Trim()
                : "no issue given";
        return OutboundHttp.Failed($"Amazon answered {status ?? "no status"} for the listing: {issue}");
    }

    /// <summary>Sends once; a 401 or 403 drops the cached token and sends once more with a fresh one.</summary>
    private Task<(ChannelResponse? Response, PushResult? Failure)> SendAsync(
        HttpMethod method, string path, string? body, ChannelPushLease? lease, CancellationToken cancellationToken) =>
        new TokenedRequest(
                Channel,
                time,
                logger,
                tokens.SellingPartner,
                static (request, token) =>
                {
                    request.Headers.TryAddWithoutValidation("x-amz-access-token", token);
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    request.Headers.TryAddWithoutValidation("User-Agent", "Inventory.Functions/1.0 (Language=C#)");
                },
                static response => response.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                response =>
                {
                    if (response.ReportedRate is { } rate)
                    {
                        NoteRate(rate);
                    }
                })
            .SendAsync(
                httpClientFactory.CreateClient(ChannelHttpClients.AmazonListings), method, path, body, lease,
                cancellationToken);

    /// <summary>Slows the limiter to a lower rate the channel reports, and says so once per rate.</summary>
    private void NoteRate(double rate)
    {
        var configured = outbound.Value.Resilience.RequestsPerSecond;
        if (rate >= configured || Math.Abs(rate - _lastReportedRate) < 1e-9)
        {
            return;
        }

        _lastReportedRate = rate;
        limiters.Find(ChannelHttpClients.AmazonListings)?.SlowTo(rate);
        OutboundLog.RateBelowConfigured(logger, Channel, rate, configured);
    }

    private async Task<(string SellerId, string MarketplaceId, string Sku)?> TargetAsync(
        string sku, CancellationToken cancellationToken)
    {
        var listing = await listings.FindAsync(Channel, sku, cancellationToken).ConfigureAwait(false);
        var seller = listing?.SellerId is { Length: > 0 } s ? s : outbound.Value.SellerId;
        var marketplace = listing?.MarketplaceId is { Length: > 0 } m ? m : outbound.Value.MarketplaceId;
        var channelSku = listing?.ChannelSku is { Length: > 0 } c ? c : sku;
        return string.IsNullOrEmpty(seller) || string.IsNullOrEmpty(marketplace)
            ? null
            : (seller, marketplace, channelSku);
    }

    private static string ItemPath((string SellerId, string MarketplaceId, string Sku) target) =>
        $"listings/2021-08-01/items/{Uri.EscapeDataString(target.SellerId)}/{Uri.EscapeDataString(target.Sku)}"
        + $"?marketplaceIds={Uri.EscapeDataString(target.MarketplaceId)}";

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;
}
