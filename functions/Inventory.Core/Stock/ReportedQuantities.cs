namespace Inventory.Core.Stock;

/// <summary>The quantities a channel that holds stock reports for its location; each replaces ours.</summary>
/// <param name="OnHand">Units the channel holds, sellable or not.</param>
/// <param name="Committed">Units the channel has reserved for orders.</param>
/// <param name="Unavailable">Units the channel holds but cannot sell.</param>
/// <param name="InTransit">Units on their way into the channel's warehouses.</param>
public sealed record ReportedQuantities(int OnHand, int Committed, int Unavailable, int InTransit);
