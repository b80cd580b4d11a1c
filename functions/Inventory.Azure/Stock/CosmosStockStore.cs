using System.Globalization;
using System.Net;
using System.Text.Json;
using Inventory.Core.Stock;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Stock;

/// <summary>
/// The stock store on Cosmos DB (NoSQL API): one document per SKU and location, written by ETag compare-and-swap.
/// </summary>
/// <remarks>
/// <para>
/// An apply reads the stock document, decides with <see cref="StockLedger.Decide"/> against exactly that version,
/// and replaces the document with <c>If-Match</c>; the new quantities, cost layers, version and the movement's id
/// travel in that one write. Only then are the ledger entry (id = movement id) and the oversell incident created;
/// a 409 there means they are already written. A crash between the writes therefore loses nothing: the redelivery
/// finds the id on the stock document and only repeats the ledger writes, taking the full entry from the document's
/// recent entries. This needs no transactional batch, which the local emulator cannot run.
/// </para>
/// <para>
/// Every apply first looks the movement id up in the ledger (a point read, once per apply, before the stock read).
/// That catches a redelivery older than the document's id window and an id reused at another location of the same
/// SKU. Movement ids are unique per SKU only: the ledger is partitioned by SKU, so an id reused for another SKU is
/// not detected.
/// </para>
/// <para>
/// Known shortcoming: if a crash falls between the stock write and the ledger write, and more than
/// <see cref="CosmosStockStoreOptions.RecentEntriesWindow"/> later movements are applied to that position before
/// the movement is delivered again, its entry can no longer be restored and the redelivery fails with an
/// <see cref="InvalidOperationException"/> (logged as event 2106). Service Bus sessions redeliver a SKU's message
/// before its later ones, so this takes a crash and a manual replay out of order.
/// </para>
/// <para>
/// Within one process, applies to the same position wait for each other on a striped gate (64 stripes) instead of
/// racing to the server: under contention that turns a storm of 412 responses into a queue. Across processes the
/// ETag compare-and-swap with bounded, jittered retries is what keeps updates from being lost.
/// </para>
/// <para>
/// Ledger order: newest first by the store's clock, then location and version. Two entries recorded at the same
/// instant at different locations are ordered by location, not by which came first.
/// </para>
/// </remarks>
internal sealed class CosmosStockStore : IStockStore
{
    /// <summary>Stripes of the in-process gate; positions that share a stripe are applied one at a time.</summary>
    private const int GateCount = 64;

    private static readonly TimeSpan BaseRetryDelay = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(1);

    private readonly Container _stock;
    private readonly Container _ledger;
    private readonly Container _oversells;
    private readonly CosmosStockStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, GateCount).Select(_ => new SemaphoreSlim(1, 1))];

    public CosmosStockStore(
        CosmosClient client,
        IOptions<CosmosStockStoreOptions> options,
        TimeProvider time,
        ILogger<CosmosStockStore> logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _options = options.Value;
        _stock = client.GetContainer(_options.DatabaseName, _options.StockContainerName);
        _ledger = client.GetContainer(_options.DatabaseName, _options.LedgerContainerName);
        _oversells = client.GetContainer(_options.DatabaseName, _options.OversellContainerName);
        _time = time;
        _logger = logger;
    }

    public async Task<ApplyOutcome> ApplyAsync(Movement movement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movement);

        // An id, SKU or location Cosmos DB cannot store is refused before any read.
        if (!HasStorableIdentifiers(movement))
        {
            var none = StockPosition.Empty(movement.Key);
            return ApplyOutcome.Rejected(none, StockLedger.Decide(none, movement, _time.GetUtcNow()).Rejection!);
        }

        // Applies to one position from this process queue here instead of colliding at the server; the ETag
        // compare-and-swap still guards against every other process.
        var gate = _gates[(int)((uint)StringComparer.Ordinal.GetHashCode(movement.Key.DocumentId) % GateCount)];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ApplyWithRetriesAsync(movement, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ApplyOutcome> ApplyWithRetriesAsync(Movement movement, CancellationToken cancellationToken)
    {
        // The ledger is asked first, so the compare-and-swap window below spans one read and one write only.
        var recorded = await ReadLedgerAsync(movement.Sku, movement.Id, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var (document, etag) = await ReadStockAsync(movement.Key, cancellationToken).ConfigureAwait(false);
            var position = document is null
                ? StockPosition.Empty(movement.Key)
                : StockDocumentMapper.ToPosition(document);

            var earlier = await FindEarlierApplyAsync(document, movement, recorded, cancellationToken)
                .ConfigureAwait(false);
            if (earlier is { } found)
            {
                return await AnswerRedeliveryAsync(movement, position, found.Entry, found.OnStockDocument,
                    cancellationToken).ConfigureAwait(false);
            }

            var decision = StockLedger.Decide(position, movement, _time.GetUtcNow());
            if (!decision.IsApplied)
            {
                return ApplyOutcome.Rejected(position, decision.Rejection!);
            }

            var entry = StockDocumentMapper.ToDocument(decision.Entry!, decision.Oversell);
            var next = StockDocumentMapper.ToStockDocument(
                document, decision.After!, entry, _options.AppliedIdWindow, _options.RecentEntriesWindow);
            if (await TryWriteStockAsync(next, etag, cancellationToken).ConfigureAwait(false))
            {
                await RecordAsync(movement, entry, cancellationToken).ConfigureAwait(false);
                _logger.Applied(movement.Sku, movement.Location, movement.Id, next.Version);
                return ApplyOutcome.Applied(decision.Entry!, decision.Oversell);
            }

            if (attempt > _options.MaxConflictRetries)
            {
                _logger.RetriesExhausted(movement.Sku, movement.Location, movement.Id, attempt);
                throw new StockConcurrencyException(
                    $"Movement '{movement.Id}' could not be applied to SKU '{movement.Sku}' at '{movement.Location}': "
                    + $"other writers changed the position during all {attempt} attempts. Nothing was applied; "
                    + "deliver the movement again later.");
            }

            var delay = RetryDelay(attempt);
            _logger.Conflict(movement.Sku, movement.Location, movement.Id, attempt, delay.TotalMilliseconds);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<StockPosition?> GetPositionAsync(StockKey key, CancellationToken cancellationToken = default)
    {
        if (!IsStorable(key.Sku) || !IsStorable(key.Location))
        {
            return null;
        }

        var (document, _) = await ReadStockAsync(key, cancellationToken).ConfigureAwait(false);
        return document is null ? null : StockDocumentMapper.ToPosition(document);
    }

    public async Task<IReadOnlyList<StockPosition>> GetPositionsAsync(
        string sku, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);

        // The windows are left out: they are most of a document and a position read needs none of them.
        var query = new QueryDefinition(
                "SELECT c.id, c.sku, c.location, c.quantities, c.costLayers, c.version, c.lastUnitCost, c.updatedAt "
                + "FROM c WHERE c.sku = @sku")
            .WithParameter("@sku", sku);
        var documents = await QueryAsync<StockDocument>(_stock, query, new PartitionKey(sku), null, cancellationToken)
            .ConfigureAwait(false);

        // Sorted here rather than by ORDER BY: a SKU has few locations, and ordinal order is the same everywhere.
        return [.. documents.OrderBy(d => d.Location, StringComparer.Ordinal).Select(StockDocumentMapper.ToPosition)];
    }

    public async Task<LedgerPage> GetLedgerAsync(
        string sku, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var after = continuation is null ? null : LedgerContinuation.Decode(continuation, nameof(continuation));

        // One more than a page tells whether another page follows.
        var take = pageSize + 1;
        var query = new QueryDefinition(
                string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {take} * FROM c WHERE c.sku = @sku")
                + (after is null ? string.Empty : " AND c.seq < @after")
                + " ORDER BY c.seq DESC")
            .WithParameter("@sku", sku);
        if (after is not null)
        {
            query = query.WithParameter("@after", after);
        }

        var documents = await QueryAsync<LedgerDocument>(_ledger, query, new PartitionKey(sku), take, cancellationToken)
            .ConfigureAwait(false);

        var page = documents.Take(pageSize).ToList();
        var next = documents.Count > pageSize ? LedgerContinuation.Encode(page[^1].Seq) : null;
        return new LedgerPage([.. page.Select(StockDocumentMapper.ToEntry)], next);
    }

    public async Task<IReadOnlyList<OversellIncident>> ListOversellsAsync(
        OversellQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);

        var now = _time.GetUtcNow().UtcDateTime;
        var month = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var since = query.Since.UtcDateTime;
        var first = new DateTime(since.Year, since.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var floor = month.AddMonths(1 - _options.OversellLookbackMonths);
        if (first < floor)
        {
            first = floor;
        }

        // One partition a month, newest month first, until the limit is reached.
        var incidents = new List<OversellIncident>();
        for (; month >= first && incidents.Count < query.Limit; month = month.AddMonths(-1))
        {
            var take = query.Limit - incidents.Count;
            var period = StockDocumentMapper.Period(month);
            var sql = string.Create(
                    CultureInfo.InvariantCulture, $"SELECT TOP {take} * FROM c WHERE c.period = @period")
                + " AND c.seq >= @since"
                + (query.Sku is null ? string.Empty : " AND c.sku = @sku")
                + " ORDER BY c.seq DESC";
            var definition = new QueryDefinition(sql)
                .WithParameter("@period", period)
                .WithParameter("@since", StockDocumentMapper.OversellSeq(query.Since));
            if (query.Sku is not null)
            {
                definition = definition.WithParameter("@sku", query.Sku);
            }

            var documents = await QueryAsync<OversellDocument>(
                _oversells, definition, new PartitionKey(period), take, cancellationToken).ConfigureAwait(false);
            incidents.AddRange(documents.Take(take).Select(StockDocumentMapper.ToIncident));
        }

        return incidents;
    }

    private static bool HasStorableIdentifiers(Movement movement) =>
        !MovementValidator.Validate(movement).Any(f => f.Field is "id" or "sku" or "location");

    private static bool IsStorable(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.AsSpan().IndexOfAny("/\\?#") < 0;

    private static TimeSpan RetryDelay(int attempt)
    {
        // Exponential backoff with full jitter: writers that collided spread out instead of colliding again.
        var ceiling = Math.Min(MaxRetryDelay.TotalMilliseconds, BaseRetryDelay.TotalMilliseconds * (1 << attempt));
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
#pragma warning restore CA5394
    }

    /// <summary>The entry of an earlier apply of the movement's id, and whether it came from the document.</summary>
    private async Task<(LedgerDocument Entry, bool OnStockDocument)?> FindEarlierApplyAsync(
        StockDocument? document, Movement movement, LedgerDocument? recorded, CancellationToken cancellationToken)
    {
        var recent = document?.RecentEntries
            .LastOrDefault(e => string.Equals(e.Id, movement.Id, StringComparison.Ordinal));
        if (recent is not null)
        {
            return (recent, true);
        }

        if (recorded is not null)
        {
            return (recorded, false);
        }

        if (document is not null && document.AppliedMovementIds.Contains(movement.Id, StringComparer.Ordinal))
        {
            // Read again: a concurrent delivery of the same movement may have written the entry since.
            var stored = await ReadLedgerAsync(movement.Sku, movement.Id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                _logger.LedgerGap(movement.Sku, movement.Location, movement.Id);
                throw new InvalidOperationException(
                    $"Movement '{movement.Id}' was applied to SKU '{movement.Sku}' at '{movement.Location}', but its "
                    + "ledger entry was never written and is no longer kept on the stock document. The stock is "
                    + "right; the ledger lacks this entry. Do not deliver the movement again; record the gap for "
                    + "reconciliation.");
            }

            return (stored, false);
        }

        return null;
    }

    private async Task<ApplyOutcome> AnswerRedeliveryAsync(
        Movement movement,
        StockPosition position,
        LedgerDocument stored,
        bool onStockDocument,
        CancellationToken cancellationToken)
    {
        var entry = StockDocumentMapper.ToEntry(stored);
        if (!string.Equals(entry.Fingerprint, MovementFingerprint.Of(movement), StringComparison.Ordinal))
        {
            _logger.IdReused(movement.Sku, movement.Location, movement.Id);
            return ApplyOutcome.Rejected(position, StockLedger.IdReused(movement, entry));
        }

        // The entry came from the stock document: its ledger write may have been lost to a crash.
        if (onStockDocument
            && await CreateAsync(_ledger, stored, new PartitionKey(stored.Sku), cancellationToken)
                .ConfigureAwait(false))
        {
            _logger.LedgerEntryRestored(movement.Sku, movement.Location, movement.Id);
        }

        if (stored.Oversell is { } oversell)
        {
            await CreateAsync(_oversells, oversell, new PartitionKey(oversell.Period), cancellationToken)
                .ConfigureAwait(false);
        }

        _logger.Duplicate(movement.Sku, movement.Location, movement.Id);
        return ApplyOutcome.Duplicate(
            entry, stored.Oversell is null ? null : StockDocumentMapper.ToIncident(stored.Oversell));
    }

    private async Task RecordAsync(Movement movement, LedgerDocument entry, CancellationToken cancellationToken)
    {
        var partition = new PartitionKey(entry.Sku);
        if (!await CreateAsync(_ledger, entry, partition, cancellationToken).ConfigureAwait(false))
        {
            // Only another movement can own the id here: this one was checked before its stock write.
            var existing = await ReadLedgerAsync(entry.Sku, entry.Id, cancellationToken).ConfigureAwait(false);
            if (existing is not null
                && !string.Equals(existing.Fingerprint, entry.Fingerprint, StringComparison.Ordinal))
            {
                _logger.LedgerIdCollision(movement.Sku, movement.Location, movement.Id);
            }
        }

        if (entry.Oversell is { } oversell)
        {
            await CreateAsync(_oversells, oversell, new PartitionKey(oversell.Period), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private async Task<(StockDocument? Document, string? ETag)> ReadStockAsync(
        StockKey key, CancellationToken cancellationToken)
    {
        using var response = await _stock
            .ReadItemStreamAsync(key.DocumentId, new PartitionKey(key.Sku), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return (null, null);
        }

        response.EnsureSuccessStatusCode();
        var document = await DeserializeAsync<StockDocument>(response, cancellationToken).ConfigureAwait(false);
        return (document, response.Headers.ETag);
    }

    private async Task<LedgerDocument?> ReadLedgerAsync(
        string sku, string movementId, CancellationToken cancellationToken)
    {
        using var response = await _ledger
            .ReadItemStreamAsync(movementId, new PartitionKey(sku), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await DeserializeAsync<LedgerDocument>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the next stock document; false when another writer got there first.</summary>
    private async Task<bool> TryWriteStockAsync(StockDocument next, string? etag, CancellationToken cancellationToken)
    {
        using var body = Serialize(next);
        var partition = new PartitionKey(next.Sku);
        using var response = etag is null
            ? await _stock.CreateItemStreamAsync(body, partition, cancellationToken: cancellationToken)
                .ConfigureAwait(false)
            : await _stock.ReplaceItemStreamAsync(
                    body, next.Id, partition, new ItemRequestOptions { IfMatchEtag = etag }, cancellationToken)
                .ConfigureAwait(false);

        // 409: created by someone else first; 412: replaced since it was read; 404: deleted since it was read.
        if (response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    /// <summary>Creates a document; false when one with its id is already there.</summary>
    private static async Task<bool> CreateAsync<T>(
        Container container, T document, PartitionKey partition, CancellationToken cancellationToken)
    {
        using var body = Serialize(document);
        using var response = await container
            .CreateItemStreamAsync(body, partition, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    private static async Task<List<T>> QueryAsync<T>(
        Container container,
        QueryDefinition query,
        PartitionKey partition,
        int? take,
        CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions
        {
            PartitionKey = partition,
            MaxItemCount = take ?? -1,

            // A single-partition query needs no query plan; the emulator cannot serve one for ORDER BY.
            EnableOptimisticDirectExecution = true,
        };
        var results = new List<T>();
        using var iterator = container.GetItemQueryStreamIterator(query, continuationToken: null, options);
        while (iterator.HasMoreResults && (take is null || results.Count < take))
        {
            using var response = await iterator.ReadNextAsync(cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var page = await DeserializeAsync<QueryPage<T>>(response, cancellationToken).ConfigureAwait(false);
            results.AddRange(page.Documents);
        }

        return results;
    }

    private static MemoryStream Serialize<T>(T document) =>
        new(JsonSerializer.SerializeToUtf8Bytes(document, CosmosJson.Options), writable: false);

    private static async Task<T> DeserializeAsync<T>(ResponseMessage response, CancellationToken cancellationToken)
    {
        var value = await JsonSerializer.DeserializeAsync<T>(response.Content, CosmosJson.Options, cancellationToken)
            .ConfigureAwait(false);
        return value ?? throw new InvalidOperationException(
            $"Cosmos DB returned an empty body for {response.RequestMessage?.RequestUri}; "
            + $"expected a {typeof(T).Name}.");
    }
}
