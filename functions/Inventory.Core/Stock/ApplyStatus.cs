namespace Inventory.Core.Stock;

/// <summary>How an apply ended.</summary>
public enum ApplyStatus
{
    /// <summary>The movement changed the stock and was recorded in the ledger.</summary>
    Applied = 1,

    /// <summary>The movement had been applied before; nothing changed and the first outcome is returned.</summary>
    Duplicate,

    /// <summary>The movement was refused; nothing changed.</summary>
    Rejected,
}
