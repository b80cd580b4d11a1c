namespace Inventory.Core.Sync.Reconciliation;

/// <summary>What one reconciliation run did.</summary>
/// <param name="Skus">SKUs looked at (recent and slice together, each once).</param>
/// <param name="Checked">Channel quantities read and compared with their targets.</param>
/// <param name="Drifted">Channel quantities that differed from their targets; each was recorded as a drift event.</param>
/// <param name="Repaired">Drifted SKUs handed to the sync runner to publish their targets again.</param>
/// <param name="Failed">Channel reads or SKU checks that failed; they are tried again on a later run.</param>
/// <param name="SliceWrapped">Whether the rotating slice reached the end of the store and starts over next run.</param>
public sealed record ReconciliationSummary(
    int Skus, int Checked, int Drifted, int Repaired, int Failed, bool SliceWrapped);
