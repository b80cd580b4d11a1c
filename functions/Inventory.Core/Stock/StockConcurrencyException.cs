namespace Inventory.Core.Stock;

/// <summary>
/// A movement could not be written because other writers kept changing the position through every retry.
/// Transient: nothing was applied and the movement may be delivered again.
/// </summary>
public sealed class StockConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StockConcurrencyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StockConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the last conflict.</summary>
    public StockConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
