namespace Inventory.Core.Stock;

/// <summary>Identifies one stock position: a SKU at a location.</summary>
/// <param name="Sku">The seller's stock keeping unit.</param>
/// <param name="Location">The warehouse, store or channel-held location (for example <c>FBA</c>).</param>
public readonly record struct StockKey(string Sku, string Location)
{
    /// <summary>The stable document id of this position: <c>{sku}|{location}</c>.</summary>
    public string DocumentId => $"{Sku}|{Location}";

    /// <inheritdoc />
    public override string ToString() => DocumentId;
}
