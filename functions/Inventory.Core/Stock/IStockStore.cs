namespace Inventory.Core.Stock;

/// <summary>
/// The stock ledger's storage port. Every adapter keeps the same promises, checked by one contract test suite:
/// an apply is atomic for its position, idempotent by movement id, and never loses a concurrent update.
/// </summary>
public interface IStockStore
{
    /// <summary>
    /// Applies a movement. A movement id seen before returns its first outcome marked
    /// <see cref="ApplyStatus.Duplicate"/>; a refused movement changes nothing.
    /// </summary>
    /// <exception cref="StockConcurrencyException">Contention outlasted the bounded retries; retry later.</exception>
    Task<ApplyOutcome> ApplyAsync(Movement movement, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies movements in the order given, each as <see cref="ApplyAsync"/> would, and returns one attempt per
    /// movement in the same order. Once a movement of a SKU fails, the later movements of that SKU in the list are not
    /// attempted (<see cref="ApplyAttempt.NotAttempted"/>), so one SKU's movements are never applied out of order.
    /// A store may write them in one transaction, where a failed commit fails every movement in it; this default
    /// applies them one at a time.
    /// </summary>
    async Task<IReadOnlyList<ApplyAttempt>> ApplyInOrderAsync(
        IReadOnlyList<Movement> movements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movements);
        var attempts = new ApplyAttempt[movements.Count];
        var failed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < attempts.Length; i++)
        {
            var movement = movements[i];
            if (failed.Contains(movement.Sku))
            {
                attempts[i] = ApplyAttempt.NotAttempted;
                continue;
            }

            try
            {
                attempts[i] = ApplyAttempt.Done(await ApplyAsync(movement, cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A failure of one movement is that movement's attempt; the others go on.
            catch (Exception error)
#pragma warning restore CA1031
            {
                attempts[i] = ApplyAttempt.Failed(error);
                failed.Add(movement.Sku);
            }
        }

        return attempts;
    }

    /// <summary>Reads one position; null when the SKU has never moved at that location.</summary>
    Task<StockPosition?> GetPositionAsync(StockKey key, CancellationToken cancellationToken = default);

    /// <summary>Reads every location of a SKU, ordered by location.</summary>
    Task<IReadOnlyList<StockPosition>> GetPositionsAsync(string sku, CancellationToken cancellationToken = default);

    /// <summary>Reads a SKU's ledger, newest first.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="pageSize">Entries a page, 1 to 1000.</param>
    /// <param name="continuation">The token from the previous page, or null for the first.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentException">The continuation token is not one this store issued.</exception>
    Task<LedgerPage> GetLedgerAsync(
        string sku, int pageSize, string? continuation, CancellationToken cancellationToken = default);

    /// <summary>Lists oversell incidents, newest first.</summary>
    Task<IReadOnlyList<OversellIncident>> ListOversellsAsync(
        OversellQuery query, CancellationToken cancellationToken = default);
}
