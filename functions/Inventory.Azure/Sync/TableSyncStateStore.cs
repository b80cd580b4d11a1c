using System.Net;
using Azure;
using Azure.Data.Tables;
using Inventory.Core.Sync;

namespace Inventory.Azure.Sync;

/// <summary>
/// The sync state in Azure Table storage: table <c>syncstate</c>, PartitionKey = SKU, RowKey = channel (both encoded by
/// <see cref="TableKeys"/>), so one SKU's channels are one partition. A create is <c>AddEntity</c> (409 when it
/// exists); a replace is <c>UpdateEntity</c> with the caller's ETag (412 when someone wrote first). The version guard
/// reads the entity first and only compares when its ETag is the caller's: the update then carries that same ETag, so
/// any write in between fails the update. The change time is a <c>ChangedAt</c> property, so the reconciliation's
/// recent read is a filtered cross-partition query; entities written before that property existed lack it until their
/// next write and are reached only by the paged full pass.
/// </summary>
public sealed class TableSyncStateStore : ISyncStateStore
{
    private readonly TableClient _table;
    private readonly Lazy<Task> _created;

    /// <summary>Creates the store over a table client; the table is created on first use if missing.</summary>
    public TableSyncStateStore(TableClient table)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _created = new Lazy<Task>(() => _table.CreateIfNotExistsAsync());
    }

    /// <inheritdoc />
    public async Task<StoredSyncState?> GetAsync(
        string channel, string sku, CancellationToken cancellationToken = default)
    {
        var entity = await GetEntityAsync(channel, sku, cancellationToken).ConfigureAwait(false);
        return entity is null ? null : new StoredSyncState(SyncStateEntity.ToState(entity), entity.ETag.ToString());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredSyncState>> ListAsync(
        string sku, CancellationToken cancellationToken = default)
    {
        await _created.Value.ConfigureAwait(false);
        var partition = TableKeys.Encode(sku);
        var states = new List<StoredSyncState>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            states.Add(new StoredSyncState(SyncStateEntity.ToState(entity), entity.ETag.ToString()));
        }

        return states.OrderBy(s => s.State.Channel, StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredSyncState>> ListChangedSinceAsync(
        DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await _created.Value.ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"ChangedAt ge {since}");
        var states = new List<StoredSyncState>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(limit, 1000),
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            states.Add(new StoredSyncState(SyncStateEntity.ToState(entity), entity.ETag.ToString()));
            if (states.Count == limit)
            {
                break;
            }
        }

        return states;
    }

    /// <inheritdoc />
    public async Task<SyncStatePage> ListPageAsync(
        string? continuation, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await _created.Value.ConfigureAwait(false);
        var pageSize = Math.Min(limit, 1000);
        try
        {
            await foreach (var page in _table.QueryAsync<TableEntity>(maxPerPage: pageSize,
                cancellationToken: cancellationToken).AsPages(continuation, pageSize).ConfigureAwait(false))
            {
                var states = page.Values
                    .Select(e => new StoredSyncState(SyncStateEntity.ToState(e), e.ETag.ToString()))
                    .ToArray();
                return new SyncStatePage(states, string.IsNullOrEmpty(page.ContinuationToken)
                    ? null
                    : page.ContinuationToken);
            }
        }
        catch (RequestFailedException error) when (error.Status == (int)HttpStatusCode.BadRequest)
        {
            throw new ArgumentException("The continuation is not one this store issued; start again without it.",
                nameof(continuation), error);
        }

        return new SyncStatePage([], null);
    }

    /// <inheritdoc />
    public async Task<SyncStateWriteResult> WriteAsync(
        ChannelSyncState state, string? etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        await _created.Value.ConfigureAwait(false);
        var entity = SyncStateEntity.FromState(state);
        try
        {
            if (etag is null)
            {
                var added = await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return SyncStateWriteResult.Written(added.Headers.ETag?.ToString() ?? string.Empty);
            }

            var current = await GetEntityAsync(state.Channel, state.Sku, cancellationToken).ConfigureAwait(false);
            if (current is null || current.ETag.ToString() != etag)
            {
                return SyncStateWriteResult.Conflict;
            }

            var stored = SyncStateEntity.ToState(current);
            if (state.Version < stored.Version || state.PublishedVersion < stored.PublishedVersion)
            {
                return SyncStateWriteResult.Stale;
            }

            var updated = await _table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace,
                cancellationToken).ConfigureAwait(false);
            return SyncStateWriteResult.Written(updated.Headers.ETag?.ToString() ?? string.Empty);
        }
        catch (RequestFailedException error) when (error.Status is (int)HttpStatusCode.Conflict
            or (int)HttpStatusCode.PreconditionFailed)
        {
            return SyncStateWriteResult.Conflict;
        }
    }

    private async Task<TableEntity?> GetEntityAsync(string channel, string sku, CancellationToken cancellationToken)
    {
        await _created.Value.ConfigureAwait(false);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.Encode(sku), TableKeys.Encode(channel), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }
}
