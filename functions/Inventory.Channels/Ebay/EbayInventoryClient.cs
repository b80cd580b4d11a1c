using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inventory.Channels.Common;
using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Ebay;

/// <summary>
/// Sets SKUs' ship-to-location quantities with the Inventory API <c>bulk_update_price_quantity</c>, batching
/// concurrent pushes up to 25 per call (<see cref="EbayPushBatcher"/>) and answering each from its own entry in the
/// response. Authenticates with a user token refreshed from the seller's refresh token and cached until shortly
/// before it expires.
/// </summary>
/// <remarks>
/// eBay has no compare-and-set here, so <see cref="ChannelPush.ExpectedChannelQuantity"/> is not sent.
/// </remarks>
internal sealed class EbayInventoryClient : IChannelInventoryClient
{
    private const string Hint = EbayTokens.Hint;

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IChannelListingDirectory _listings;
    private readonly EbayOptions _options;
    private readonly EbayOutboundOptions _outbound;
    private readonly TimeProvider _time;
    private readonly ILogger<EbayInventoryClient> _logger;
    private readonly EbayTokens _tokens;
    private readonly EbayPushBatcher _batcher;

    public EbayInventoryClient(
        IHttpClientFactory httpClientFactory,
        IChannelListingDirectory listings,
        IOptions<EbayOptions> options,
        IOptions<EbayOutboundOptions> outbound,
        EbayTokens tokens,
        TimeProvider time,
        ILogger<EbayInventoryClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _listings = listings;
        _options = options.Value;
        _outbound = outbound.Value;
        _time = time;
        _logger = logger;
        _tokens = tokens;
        _batcher = new EbayPushBatcher(
            SendBatchAsync, TimeSpan.FromMilliseconds(_outbound.BatchWindowMilliseconds), _outbound.MaxBatchSize, time);
    }

    public string Channel => ChannelNames.Ebay;

    /// <summary>Configured with the API address and credentials (client id, secret and refresh token, or a fixed
    /// access token).</summary>
    public bool IsConfigured =>
        _options.ApiBaseUrl is { Length: > 0 } && _tokens.Inventory.IsAvailable;

    /// <summary>
    /// None: a call carries up to 25 SKUs' pushes, so a token is the batch's, not a push's, and the batch takes it in
    /// the pipeline when it is sent. A push waits at most the batch window and the call in flight before it.
    /// </summary>
    public ValueTask<ChannelPushLease> AcquirePushLeaseAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(ChannelPushLease.None);

    public async Task<PushResult> PushAsync(ChannelPush push, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(push);
        var sku = await ChannelSkuAsync(push.Sku, cancellationToken).ConfigureAwait(false);
        var result = await _batcher.EnqueueAsync(sku, push.Quantity, cancellationToken).ConfigureAwait(false);
        return OutboundLog.Report(_logger, Channel, push, result);
    }

    public async Task<int?> ReadQuantityAsync(string sku, CancellationToken cancellationToken)
    {
        var channelSku = await ChannelSkuAsync(sku, cancellationToken).ConfigureAwait(false);
        var answer = await SendAsync(
            HttpMethod.Get, $"sell/inventory/v1/inventory_item/{Uri.EscapeDataString(channelSku)}", null,
            cancellationToken).ConfigureAwait(false);
        if (OutboundReads.BodyOrNotFound(answer, Channel, sku, Hint, _logger) is not { } body)
        {
            return null;
        }

        using var document = OutboundJson.Parse(body);
        return document is not null
            && document.RootElement.TryGetProperty("availability", out var availability)
            && availability.TryGetProperty("shipToLocationAvailability", out var shipTo)
                ? OutboundJson.Int(shipTo, "quantity")
                : null;
    }

    private async Task SendBatchAsync(IReadOnlyList<EbayPendingPush> batch)
    {
        var requests = new JsonArray();
        foreach (var pending in batch)
        {
            requests.Add(new JsonObject
            {
                ["sku"] = pending.Sku,
                ["shipToLocationAvailability"] = new JsonObject { ["quantity"] = pending.Quantity },
            });
        }

        var body = new JsonObject { ["requests"] = requests }.ToJsonString();
        var (response, failure) = await SendAsync(
            HttpMethod.Post, "sell/inventory/v1/bulk_update_price_quantity", body, CancellationToken.None)
            .ConfigureAwait(false);
        OutboundLog.EbayBatchSent(_logger, batch.Count);
        if (failure is null && !response!.IsSuccess)
        {
            failure = OutboundHttp.FromStatus(response, Channel, Hint);
        }

        if (failure is not null)
        {
            foreach (var pending in batch)
            {
                pending.Completion.TrySetResult(failure);
            }

            return;
        }

        var answers = ReadResponses(response!.Body);
        foreach (var pending in batch)
        {
            pending.Completion.TrySetResult(answers.TryGetValue(pending.Sku, out var answer)
                ? Map(answer, pending)
                : OutboundHttp.Failed($"eBay's bulk update answer has no entry for SKU {pending.Sku}."));
        }
    }

    private static Dictionary<string, (int Status, string? Error)> ReadResponses(string body)
    {
        var answers = new Dictionary<string, (int, string?)>(StringComparer.Ordinal);
        using var document = OutboundJson.Parse(body);
        if (document is null || !document.RootElement.TryGetProperty("responses", out var responses)
            || responses.ValueKind != JsonValueKind.Array)
        {
            return answers;
        }

        foreach (var entry in responses.EnumerateArray())
        {
            if (OutboundJson.Text(entry, "sku") is not { } sku)
            {
                continue;
            }

            string? error = null;
            if (entry.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0)
            {
                error = $"{OutboundJson.Text(errors[0], "errorId")} {OutboundJson.Text(errors[0], "message")}".Trim();
            }

            answers[sku] = (OutboundJson.Int(entry, "statusCode") ?? 0, error);
        }

        return answers;
    }

    private static PushResult Map((int Status, string? Error) answer, EbayPendingPush pending) => answer.Status switch
    {
        200 => PushResult.Accepted(pending.Quantity),
        404 => new PushResult(PushStatus.NotListed, null, null, $"eBay knows no inventory item {pending.Sku}."),
        429 => new PushResult(PushStatus.Throttled, null, TimeSpan.FromSeconds(1), "eBay throttled the SKU's update."),
        _ => OutboundHttp.Failed($"eBay refused the update of SKU {pending.Sku} ({answer.Status}): {answer.Error}"),
    };

    /// <summary>Sends once; a 401 drops the cached token and sends once more with a fresh one.</summary>
    private Task<(ChannelResponse? Response, PushResult? Failure)> SendAsync(
        HttpMethod method, string path, string? body, CancellationToken cancellationToken) =>
        new TokenedRequest(
                Channel,
                _time,
                _logger,
                _tokens.Inventory,
                static (request, token) =>
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                },
                static response => response.Status is HttpStatusCode.Unauthorized)
            .SendAsync(
                _httpClientFactory.CreateClient(ChannelHttpClients.EbayInventory), method, path, body, null,
                cancellationToken);

    private async Task<string> ChannelSkuAsync(string sku, CancellationToken cancellationToken)
    {
        var listing = await _listings.FindAsync(Channel, sku, cancellationToken).ConfigureAwait(false);
        return listing?.ChannelSku is { Length: > 0 } channelSku ? channelSku : sku;
    }
}
