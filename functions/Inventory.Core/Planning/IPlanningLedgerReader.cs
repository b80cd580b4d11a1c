using Inventory.Core.Stock;

namespace Inventory.Core.Planning;

/// <summary>Reads the ledger across all SKUs by the time entries were recorded, for the nightly roll-up.</summary>
public interface IPlanningLedgerReader
{
    /// <summary>
    /// Streams the entries recorded at or after <paramref name="since"/> and before <paramref name="until"/>, in the order
    /// they were recorded.
    /// </summary>
    IAsyncEnumerable<LedgerEntry> ReadRecordedAsync(
        DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken = default);
}
