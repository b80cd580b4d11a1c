namespace Inventory.Core.Stock;

/// <summary>How much one movement changed each quantity state; negative values take away.</summary>
public readonly record struct QuantityDeltas(int OnHand, int Committed, int Unavailable, int Incoming, int InTransit)
{
    /// <summary>No change.</summary>
    public static QuantityDeltas None => default;
}
