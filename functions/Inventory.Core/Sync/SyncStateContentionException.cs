namespace Inventory.Core.Sync;

/// <summary>Writes to one channel and SKU's sync state kept meeting other writers; the sync should be tried again.</summary>
public sealed class SyncStateContentionException : Exception
{
    /// <summary>Creates the exception for a channel and SKU.</summary>
    public SyncStateContentionException(string channel, string sku, int attempts)
        : base($"The sync state of SKU {sku} on {channel} changed under {attempts} writes in a row; try the sync "
            + "again.")
    {
        Channel = channel;
        Sku = sku;
    }

    /// <summary>Creates the exception with a message.</summary>
    public SyncStateContentionException()
    {
        Channel = string.Empty;
        Sku = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    public SyncStateContentionException(string message)
        : base(message)
    {
        Channel = string.Empty;
        Sku = string.Empty;
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SyncStateContentionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Channel = string.Empty;
        Sku = string.Empty;
    }

    /// <summary>The channel.</summary>
    public string Channel { get; }

    /// <summary>The SKU.</summary>
    public string Sku { get; }
}
