using Inventory.Core.Sync;
using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Common;

/// <summary>
/// Source-generated log messages of the outbound channel clients (EventIds 4500-4999). Never logs a token, secret or
/// request body.
/// </summary>
internal static partial class OutboundLog
{
    /// <summary>Logs how a push ended and hands the result back.</summary>
    public static PushResult Report(ILogger logger, string channel, ChannelPush push, PushResult result)
    {
        switch (result.Status)
        {
            case PushStatus.Accepted:
                PushAccepted(logger, channel, push.Sku, push.Quantity, push.StockVersion);
                break;
            case PushStatus.StaleCompare:
                PushStale(logger, channel, push.Sku, push.ExpectedChannelQuantity, result.ChannelQuantity);
                break;
            case PushStatus.Throttled:
                PushThrottled(logger, channel, push.Sku, result.RetryAfter?.TotalMilliseconds ?? 0);
                break;
            case PushStatus.NotListed:
                PushNotListed(logger, channel, push.Sku);
                break;
            default:
                PushFailed(logger, channel, push.Sku, result.Error ?? "unknown");
                break;
        }

        return result;
    }

    [LoggerMessage(EventId = 4500, Level = LogLevel.Debug,
        Message = "{Channel} accepted quantity {Quantity} for SKU {Sku} (stock version {StockVersion})")]
    public static partial void PushAccepted(
        ILogger logger, string channel, string sku, int quantity, long stockVersion);

    [LoggerMessage(EventId = 4501, Level = LogLevel.Information,
        Message = "{Channel} refused the push for SKU {Sku}: it expected {ExpectedQuantity} but holds "
            + "{ChannelQuantity}; the sync should re-read and decide")]
    public static partial void PushStale(
        ILogger logger, string channel, string sku, int? expectedQuantity, int? channelQuantity);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Warning,
        Message = "{Channel} throttled the push for SKU {Sku}; push again after {RetryAfterMs} ms")]
    public static partial void PushThrottled(ILogger logger, string channel, string sku, double retryAfterMs);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Information,
        Message = "SKU {Sku} has no {Channel} listing; store its channel listing to publish it there")]
    public static partial void PushNotListed(ILogger logger, string channel, string sku);

    [LoggerMessage(EventId = 4504, Level = LogLevel.Warning,
        Message = "The push to {Channel} for SKU {Sku} failed: {Error}")]
    public static partial void PushFailed(ILogger logger, string channel, string sku, string error);

    [LoggerMessage(EventId = 4510, Level = LogLevel.Information,
        Message = "Fetched a {Channel} access token valid for {LifetimeSeconds} s")]
    public static partial void TokenFetched(ILogger logger, string channel, double lifetimeSeconds);

    [LoggerMessage(EventId = 4511, Level = LogLevel.Error,
        Message = "The {Channel} token endpoint failed with status {StatusCode} (0: unreachable); pushes fail until "
            + "it answers")]
    public static partial void TokenFailed(ILogger logger, string channel, int statusCode);

    [LoggerMessage(EventId = 4512, Level = LogLevel.Warning,
        Message = "{Channel} refused the access token; fetching a new one")]
    public static partial void TokenRefused(ILogger logger, string channel);

    [LoggerMessage(EventId = 4520, Level = LogLevel.Warning,
        Message = "{Channel} reports a rate limit of {ReportedRate}/s, below the configured {ConfiguredRate}/s; pushes "
            + "are slowed to it. Lower Channels:{Channel}:Resilience:RequestsPerSecond to match")]
    public static partial void RateBelowConfigured(
        ILogger logger, string channel, double reportedRate, double configuredRate);

    [LoggerMessage(EventId = 4530, Level = LogLevel.Debug,
        Message = "Shopify throttled a call for SKU {Sku}; waiting {WaitMs} ms for the cost bucket to refill")]
    public static partial void ShopifyThrottled(ILogger logger, string sku, double waitMs);

    [LoggerMessage(EventId = 4531, Level = LogLevel.Debug,
        Message = "Shopify is still processing idempotency key of SKU {Sku}; trying again in {WaitMs} ms")]
    public static partial void ShopifyConcurrentRequest(ILogger logger, string sku, double waitMs);

    [LoggerMessage(EventId = 4540, Level = LogLevel.Debug,
        Message = "Sent an eBay bulk quantity update of {Count} SKUs")]
    public static partial void EbayBatchSent(ILogger logger, int count);

    [LoggerMessage(EventId = 4550, Level = LogLevel.Warning,
        Message = "Reading the {Channel} quantity of SKU {Sku} failed: {Error}")]
    public static partial void ReadFailed(ILogger logger, string channel, string sku, string error);
}
