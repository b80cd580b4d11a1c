namespace Inventory.Core.Webhooks;

/// <summary>One unmapped line that a replay queued.</summary>
/// <param name="Id">The line id.</param>
/// <param name="Sku">The SKU its listing maps to now.</param>
/// <param name="Movements">How many movements were queued for it.</param>
public sealed record ReplayedLine(string Id, string Sku, int Movements);
