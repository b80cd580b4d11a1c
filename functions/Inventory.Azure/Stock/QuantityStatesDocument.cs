namespace Inventory.Azure.Stock;

/// <summary>The five quantity states as stored; used for both quantities and signed deltas.</summary>
internal sealed record QuantityStatesDocument(int OnHand, int Committed, int Unavailable, int Incoming, int InTransit);
