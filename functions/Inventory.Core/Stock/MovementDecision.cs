namespace Inventory.Core.Stock;

/// <summary>What the stock rules decided for one movement: the new position and its ledger entry, or a refusal.</summary>
public sealed record MovementDecision
{
    private MovementDecision()
    {
    }

    /// <summary>The position after the movement; null when refused.</summary>
    public StockPosition? After { get; private init; }

    /// <summary>The ledger entry to record; null when refused.</summary>
    public LedgerEntry? Entry { get; private init; }

    /// <summary>The oversell the movement caused, if any.</summary>
    public OversellIncident? Oversell { get; private init; }

    /// <summary>Why the movement was refused; null when applied.</summary>
    public MovementRejection? Rejection { get; private init; }

    /// <summary>True when the movement may be written.</summary>
    public bool IsApplied => Rejection is null;

    internal static MovementDecision Applied(StockPosition after, LedgerEntry entry, OversellIncident? oversell) =>
        new() { After = after, Entry = entry, Oversell = oversell };

    internal static MovementDecision Refused(MovementRejection rejection) => new() { Rejection = rejection };
}
