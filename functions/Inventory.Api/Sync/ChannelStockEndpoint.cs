using Inventory.Api.Http;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Core.Sync.Allocation;
using Microsoft.AspNetCore.Http;

namespace Inventory.Api.Sync;

/// <summary>
/// <c>GET /api/stock/{sku}/channels</c>: what each listing should show now and why (the rule breakdown), beside what
/// it was last told, when, how long that took from the webhook, and any pending push or error. Listings of a channel
/// whose outbound client is not configured are listed with <c>configured: false</c> and no target.
/// </summary>
public sealed class ChannelStockEndpoint(
    IStockStore stock, AllocatedTargetCalculator targets, ISyncStateStore syncState)
{
    /// <summary>Answers the route.</summary>
    public async Task<ApiResponse> GetAsync(HttpContext context, string sku)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = context.RequestAborted;
        var positions = await stock.GetPositionsAsync(sku, token).ConfigureAwait(false);
        if (positions.Count == 0)
        {
            return Problem.NotFound($"SKU '{sku}' has no stock at any location yet.");
        }

        var computed = await targets.ComputeDetailedAsync(sku, positions, token).ConfigureAwait(false);
        var states = (await syncState.ListAsync(sku, token).ConfigureAwait(false))
            .ToDictionary(s => s.State.Channel, s => s.State, StringComparer.Ordinal);

        var listings = computed.Select(t =>
        {
            var state = t.Listing == t.Channel ? states.GetValueOrDefault(t.Channel) : null;
            return new
            {
                listing = t.Listing,
                channel = t.Channel,
                configured = true,
                target = (int?)t.Quantity,
                pushed = t.Listing == t.Channel,
                rule = t.RuleLevel,
                feedingLocations = t.FeedingLocations,
                feedingAvailable = t.FeedingAvailable,
                bufferHeld = t.BufferHeld,
                reserveHeld = t.ReserveHeld,
                lagBufferHeld = t.LagBufferHeld,
                capApplied = t.CapApplied,
                zeroedByMinimum = t.ZeroedByMinimum,
                scarce = t.Scarce,
                allocationShare = t.AllocationShare,
                lastPublished = state?.PublishedQuantity,
                publishedVersion = state?.PublishedVersion,
                publishedAt = state?.PublishedAt,
                lagMilliseconds = state?.Latency?.TotalMilliseconds,
                pending = state?.PendingQuantity,
                lastError = state?.LastError,
                driftCount = state?.DriftCount,
            };
        }).ToList<object>();

        // A channel without outbound settings is not synced: say so, beside the others, rather than show an error.
        var notSynced = await targets.NotSyncedRulesAsync(token).ConfigureAwait(false);
        listings.AddRange(notSynced.Select(r => new
        {
            listing = r.Listing,
            channel = r.Channel,
            configured = false,
            target = (int?)null,
            pushed = false,
            status = "notConfigured",
        }));
        return ApiResponse.Ok(new { sku, listings });
    }
}
