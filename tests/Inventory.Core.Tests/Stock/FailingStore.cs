using Inventory.Core.Stock;

namespace Inventory.Core.Tests.Stock;

/// <summary>
/// Fails one movement id and passes the rest to the inner store; keeps the port's default in-order apply.
/// </summary>
internal sealed class FailingStore(IStockStore inner, string failingId) : IStockStore
{
    public Task<ApplyOutcome> ApplyAsync(Movement movement, CancellationToken cancellationToken = default) =>
        movement.Id == failingId
            ? throw new InvalidOperationException("injected failure")
            : inner.ApplyAsync(movement, cancellationToken);

    public Task<StockPosition?> GetPositionAsync(StockKey key, CancellationToken cancellationToken = default) =>
        inner.GetPositionAsync(key, cancellationToken);

    public Task<IReadOnlyList<StockPosition>> GetPositionsAsync(
        string sku, CancellationToken cancellationToken = default) => inner.GetPositionsAsync(sku, cancellationToken);

    public Task<LedgerPage> GetLedgerAsync(
        string sku, int pageSize, string? continuation, CancellationToken cancellationToken = default) =>
        inner.GetLedgerAsync(sku, pageSize, continuation, cancellationToken);

    public Task<IReadOnlyList<OversellIncident>> ListOversellsAsync(
        OversellQuery query, CancellationToken cancellationToken = default) =>
        inner.ListOversellsAsync(query, cancellationToken);
}
