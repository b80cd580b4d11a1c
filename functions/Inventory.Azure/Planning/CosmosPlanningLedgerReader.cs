using System.Globalization;
using System.Runtime.CompilerServices;
using Inventory.Azure.Stock;
using Inventory.Core.Planning;
using Inventory.Core.Stock;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Planning;

/// <summary>
/// Reads the ledger container across all SKUs by the time entries were recorded, for the nightly roll-up.
/// </summary>
/// <remarks>
/// <para>
/// The filter and order use the entries' <c>seq</c> field rather than <c>recordedAt</c>: <c>seq</c> starts with the
/// recorded time as fixed-width UTC ticks (then location and stock version), so comparing and ordering it as text
/// is exact, where <c>recordedAt</c> is ISO 8601 text whose fraction length and offset can vary. The result is
/// the same entries, in recorded order.
/// </para>
/// <para>
/// This is a cross-partition query (the ledger is partitioned by <c>/sku</c>) with ORDER BY, which the local
/// Cosmos DB emulator used in the tests cannot run, so this reader is exercised only against a real Cosmos DB
/// account. On a real account it needs the default range index on <c>seq</c>.
/// </para>
/// </remarks>
public sealed class CosmosPlanningLedgerReader : IPlanningLedgerReader
{
    private readonly Container _ledger;

    /// <summary>Creates the reader over the stock store's ledger container.</summary>
    public CosmosPlanningLedgerReader(CosmosClient client, IOptions<CosmosStockStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _ledger = client.GetContainer(options.Value.DatabaseName, options.Value.LedgerContainerName);
    }

    /// <summary>The query that reads the entries recorded at or after <paramref name="since"/>, before <paramref name="until"/>.</summary>
    internal static QueryDefinition Query(DateTimeOffset since, DateTimeOffset until) =>
        new QueryDefinition("SELECT * FROM c WHERE c.seq >= @from AND c.seq < @to ORDER BY c.seq")
            .WithParameter("@from", Ticks(since))
            .WithParameter("@to", Ticks(until));

    // The fixed-width prefix of seq (see StockDocumentMapper.LedgerSeq): every seq of a later instant sorts after it.
    private static string Ticks(DateTimeOffset instant) =>
        instant.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public async IAsyncEnumerable<LedgerEntry> ReadRecordedAsync(
        DateTimeOffset since, DateTimeOffset until, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = new QueryRequestOptions { MaxItemCount = 1000 };
        await foreach (var document in CosmosStreams.QueryAsync<LedgerDocument>(
                           _ledger, Query(since, until), options, cancellationToken).ConfigureAwait(false))
        {
            yield return StockDocumentMapper.ToEntry(document);
        }
    }
}
