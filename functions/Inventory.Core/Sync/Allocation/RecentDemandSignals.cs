using Inventory.Core.Stock;

namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// Demand signals from what the product already records: sales velocity per listing from the SKU's newest ledger
/// entries (order commits in the last <see cref="Window"/>, by source channel; Amazon's commits at a channel-held
/// location count for <c>amazon-fba</c>), and sync lag from each channel's last measured webhook-to-acknowledged
/// latency.
/// </summary>
/// <remarks>
/// The lag used is the latest measurement, not a true 95th percentile: the sync state keeps one latency per channel
/// and SKU, not a history. Velocity reads at most <see cref="MaxEntries"/> ledger entries, so a SKU selling more
/// than that within the window is measured over the part of the window they cover.
/// </remarks>
public sealed class RecentDemandSignals(IStockStore stock, ISyncStateStore syncState, TimeProvider time)
    : IDemandSignalSource
{
    /// <summary>How far back sales count.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(14);

    /// <summary>Most ledger entries read per SKU.</summary>
    public const int MaxEntries = 1000;

    private const string FbaListing = "amazon-fba";

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChannelDemandSignal>> GetAsync(string sku, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - Window;
        var page = await stock.GetLedgerAsync(sku, MaxEntries, null, cancellationToken).ConfigureAwait(false);
        var commits = page.Entries
            .Where(e => e.Kind == MovementKind.OrderLineCommitted && e.RecordedAt >= since && e.Source is not null)
            .ToList();

        // When the page ends inside the window, the rate is measured over the span the page covers.
        var covered = page.Continuation is not null && commits.Count > 0
            ? now - commits.Min(e => e.RecordedAt)
            : Window;
        var days = Math.Max(covered.TotalDays, 1.0 / 24);

        var units = commits
            .GroupBy(e => ListingOf(e))
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Quantity) / days, StringComparer.Ordinal);

        var lags = (await syncState.ListAsync(sku, cancellationToken).ConfigureAwait(false))
            .Where(s => s.State.Latency is not null)
            .ToDictionary(s => s.State.Channel, s => s.State.Latency!.Value, StringComparer.Ordinal);

        return units.Keys.Union(lags.Keys, StringComparer.Ordinal)
            .Select(listing => new ChannelDemandSignal(
                listing,
                units.GetValueOrDefault(listing),
                lags.GetValueOrDefault(ChannelOf(listing))))
            .ToList();
    }

    private static string ListingOf(LedgerEntry entry) =>
        entry.Source!.Channel == "amazon" && string.Equals(entry.Location, "FBA", StringComparison.OrdinalIgnoreCase)
            ? FbaListing
            : entry.Source.Channel;

    private static string ChannelOf(string listing) => listing.Split('-')[0];
}
