using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Shopify;

/// <summary>
/// Sets a SKU's <c>available</c> quantity at its Shopify location with the Admin GraphQL
/// <c>inventorySetQuantities</c> mutation, compare-and-set on <see cref="ChannelPush.ExpectedChannelQuantity"/>
/// and idempotent on <see cref="ChannelPush.IdempotencyKey"/>.
/// </summary>
/// <remarks>
/// Pacing: a local copy of Shopify's cost bucket (<see cref="ShopifyCostBucket"/>) is charged before every call and
/// corrected from <c>extensions.cost.throttleStatus</c>. A THROTTLED answer waits for the bucket to refill and tries
/// again; so does IDEMPOTENCY_CONCURRENT_REQUEST (the same key is still being processed), a bounded number of times.
/// Transport failures, 429 and 5xx are retried by the HTTP pipeline; a retried attempt is not charged to the local
/// bucket, which Shopify's own report then corrects. A push lease (<see cref="AcquirePushLeaseAsync"/>) reserves a
/// mutation's cost before the stock is read; the push's first call is sent on it, a THROTTLED retry is charged anew.
/// </remarks>
internal sealed class ShopifyInventoryClient : IChannelInventoryClient, IDisposable
{
    private const string Hint = "Channels:Shopify:AccessToken";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IChannelListingDirectory _listings;
    private readonly ShopifyOutboundOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ShopifyInventoryClient> _logger;
    private readonly ShopifyCostBucket _bucket;

    public ShopifyInventoryClient(
        IHttpClientFactory httpClientFactory,
        IChannelListingDirectory listings,
        IOptions<ShopifyOutboundOptions> options,
        TimeProvider time,
        ILogger<ShopifyInventoryClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _listings = listings;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _bucket = new ShopifyCostBucket(time, _options.CostBucketSize, _options.RestoreRatePerSecond);
    }

    public string Channel => ChannelNames.Shopify;

    /// <summary>Configured with a shop address and an Admin API access token.</summary>
    public bool IsConfigured => _options is { ApiBaseUrl.Length: > 0, AccessToken.Length: > 0 };

    public Task<PushResult> PushAsync(ChannelPush push, CancellationToken cancellationToken) =>
        PushAsync(push, ChannelPushLease.None, cancellationToken);

    /// <summary>A mutation's cost reserved in the cost bucket.</summary>
    public async ValueTask<ChannelPushLease> AcquirePushLeaseAsync(CancellationToken cancellationToken) =>
        await _bucket.ReserveAsync(_options.MutationCost, cancellationToken).ConfigureAwait(false);

    public async Task<PushResult> PushAsync(
        ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        ArgumentNullException.ThrowIfNull(lease);
        return OutboundLog.Report(_logger, Channel, push, await SendAsync(push, lease, cancellationToken)
            .ConfigureAwait(false));
    }

    public async Task<int?> ReadQuantityAsync(string sku, CancellationToken cancellationToken)
    {
        var listing = await FindListingAsync(sku, cancellationToken).ConfigureAwait(false);
        if (listing is null)
        {
            return null;
        }

        var (root, failure) = await CallAsync(
            ShopifyGraphQl.ReadAvailable(listing), _options.QueryCost, sku, null, cancellationToken)
            .ConfigureAwait(false);
        if (failure is not null)
        {
            OutboundLog.ReadFailed(_logger, Channel, sku, failure.Error ?? "throttled");
            throw new ChannelApiException($"Reading the Shopify quantity of SKU {sku} failed: {failure.Error}");
        }

        using (root)
        {
            return ReadAvailable(root!.RootElement);
        }
    }

    private async Task<PushResult> SendAsync(
        ChannelPush push, ChannelPushLease lease, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return OutboundHttp.NotConfigured(Channel, "Channels:Shopify:ApiBaseUrl and Channels:Shopify:AccessToken");
        }

        var listing = await FindListingAsync(push.Sku, cancellationToken).ConfigureAwait(false);
        if (listing is null)
        {
            return new PushResult(PushStatus.NotListed, null, null,
                $"No Shopify inventory item and location is stored for SKU {push.Sku}.");
        }

        var body = ShopifyGraphQl.SetAvailable(push, listing, _options);
        var (document, failure) = await CallAsync(body, _options.MutationCost, push.Sku, lease, cancellationToken)
            .ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        using (document)
        {
            return await ReadMutationAsync(document!.RootElement, push, listing, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private async Task<PushResult> ReadMutationAsync(
        JsonElement root, ChannelPush push, ChannelListing listing, CancellationToken cancellationToken)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("inventorySetQuantities", out var payload)
            || payload.ValueKind != JsonValueKind.Object)
        {
            return OutboundHttp.Failed($"Shopify answered without data.inventorySetQuantities: {FirstError(root)}");
        }

        if (payload.TryGetProperty("userErrors", out var errors) && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String
                ? c.GetString()
                : null;
            var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            if (code is "CHANGE_FROM_QUANTITY_STALE" or "COMPARE_QUANTITY_STALE")
            {
                var current = await TryReadAsync(listing, push.Sku, cancellationToken).ConfigureAwait(false);
                return new PushResult(PushStatus.StaleCompare, current, null,
                    $"Shopify's quantity for SKU {push.Sku} is no longer {push.ExpectedChannelQuantity}.");
            }

            return OutboundHttp.Failed($"Shopify refused the change: {code ?? "no code"} {message}".TrimEnd());
        }

        return PushResult.Accepted(push.Quantity);
    }

    /// <summary>
    /// One GraphQL call paced by the cost bucket; a THROTTLED or concurrent-key answer is tried again. The first call
    /// is sent on <paramref name="lease"/> when it holds this bucket's points (a mutation's cost).
    /// </summary>
    private async Task<(JsonDocument? Root, PushResult? Failure)> CallAsync(
        string body, double cost, string sku, ChannelPushLease? lease, CancellationToken cancellationToken)
    {
        var client = _httpClientFactory.CreateClient(ChannelHttpClients.ShopifyInventory);
        var path = $"admin/api/{_options.ApiVersion}/graphql.json";
        var maxWait = TimeSpan.FromSeconds(_options.Resilience.MaxRetryDelaySeconds);
        for (var attempt = 0; ; attempt++)
        {
            // Only the first call can be sent on the lease: TrySpend answers true once.
            var onLease = lease is ShopifyCostLease reserved && reserved.IsFrom(_bucket) && reserved.TrySpend();
            if (!onLease)
            {
                await _bucket.AcquireAsync(cost, cancellationToken).ConfigureAwait(false);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("X-Shopify-Access-Token", _options.AccessToken);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

            var (response, failure) = await OutboundHttp.SendAsync(client, request, Channel, _time, cancellationToken)
                .ConfigureAwait(false);
            if (failure is not null)
            {
                return (null, failure);
            }

            if (!response!.IsSuccess)
            {
                return (null, OutboundHttp.FromStatus(response, Channel, Hint));
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(response.Body);
            }
            catch (JsonException)
            {
                return (null, OutboundHttp.Failed("Shopify answered with a body that is not JSON."));
            }

            var requested = Observe(document.RootElement, cost);
            var retry = RetryReason(document.RootElement);
            if (retry is null)
            {
                return (document, null);
            }

            document.Dispose();
            var wait = retry == "THROTTLED"
                ? _bucket.TimeUntil(requested)
                : TimeSpan.FromMilliseconds(_options.Resilience.RetryBaseDelayMilliseconds * (attempt + 1));
            if (attempt >= _options.MaxThrottleRetries || wait > maxWait)
            {
                return (null, new PushResult(PushStatus.Throttled, null, wait < TimeSpan.FromMilliseconds(100)
                    ? TimeSpan.FromMilliseconds(100)
                    : wait, $"Shopify answered {retry}; push again later."));
            }

            if (retry == "THROTTLED")
            {
                OutboundLog.ShopifyThrottled(_logger, sku, wait.TotalMilliseconds);
            }
            else
            {
                OutboundLog.ShopifyConcurrentRequest(_logger, sku, wait.TotalMilliseconds);
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Feeds <c>extensions.cost</c> to the bucket; returns the cost Shopify asked for.</summary>
    private double Observe(JsonElement root, double reserved)
    {
        if (!root.TryGetProperty("extensions", out var extensions) || extensions.ValueKind != JsonValueKind.Object
            || !extensions.TryGetProperty("cost", out var cost) || cost.ValueKind != JsonValueKind.Object)
        {
            return reserved;
        }

        var requested = Number(cost, "requestedQueryCost") ?? reserved;
        if (cost.TryGetProperty("throttleStatus", out var status) && status.ValueKind == JsonValueKind.Object)
        {
            _bucket.Observe(
                Number(status, "currentlyAvailable") ?? double.MaxValue,
                Number(status, "restoreRate") ?? 0,
                Number(status, "maximumAvailable") ?? 0);
        }

        return requested;
    }

    /// <summary>THROTTLED or IDEMPOTENCY_CONCURRENT_REQUEST when the call should be tried again, else null.</summary>
    private static string? RetryReason(JsonElement root)
    {
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in errors.EnumerateArray())
            {
                if (error.TryGetProperty("extensions", out var extensions)
                    && extensions.ValueKind == JsonValueKind.Object
                    && extensions.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                    && code.GetString() is "THROTTLED" or "IDEMPOTENCY_CONCURRENT_REQUEST")
                {
                    return code.GetString();
                }
            }
        }

        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("inventorySetQuantities", out var payload)
            && payload.ValueKind == JsonValueKind.Object
            && payload.TryGetProperty("userErrors", out var userErrors) && userErrors.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in userErrors.EnumerateArray())
            {
                if (error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                    && code.GetString() == "IDEMPOTENCY_CONCURRENT_REQUEST")
                {
                    return "IDEMPOTENCY_CONCURRENT_REQUEST";
                }
            }
        }

        return null;
    }

    private async Task<int?> TryReadAsync(ChannelListing listing, string sku, CancellationToken cancellationToken)
    {
        var (root, failure) = await CallAsync(
            ShopifyGraphQl.ReadAvailable(listing), _options.QueryCost, sku, null, cancellationToken)
            .ConfigureAwait(false);
        if (failure is not null)
        {
            OutboundLog.ReadFailed(_logger, Channel, sku, failure.Error ?? "throttled");
            return null;
        }

        using (root)
        {
            return ReadAvailable(root!.RootElement);
        }
    }

    private static int? ReadAvailable(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("inventoryItem", out var item) || item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("inventoryLevel", out var level) || level.ValueKind != JsonValueKind.Object
            || !level.TryGetProperty("quantities", out var quantities) || quantities.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var quantity in quantities.EnumerateArray())
        {
            if (quantity.TryGetProperty("name", out var name) && name.GetString() == "available"
                && quantity.TryGetProperty("quantity", out var value) && value.TryGetInt32(out var available))
            {
                return available;
            }
        }

        return null;
    }

    private async Task<ChannelListing?> FindListingAsync(string sku, CancellationToken cancellationToken)
    {
        var listing = await _listings.FindAsync(Channel, sku, cancellationToken).ConfigureAwait(false);
        return listing is { InventoryItemId: { Length: > 0 }, LocationId: { Length: > 0 } } ? listing : null;
    }

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    private static string FirstError(JsonElement root) =>
        root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
        && errors.GetArrayLength() > 0 && errors[0].TryGetProperty("message", out var message)
            ? message.GetString() ?? "no message"
            : "no message";

    public void Dispose() => _bucket.Dispose();
}
