namespace Inventory.Testing.Documents;

/// <summary>One line of a <see cref="ContractDocument"/>.</summary>
public sealed record ContractLine(string Sku, decimal Quantity, decimal UnitCost);
