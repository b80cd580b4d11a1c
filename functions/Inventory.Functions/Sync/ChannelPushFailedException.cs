using Inventory.Core.Sync;

namespace Inventory.Functions.Sync;

/// <summary>A channel failed a push; thrown from the push activity so Durable's retry policy tries it again.</summary>
public sealed class ChannelPushFailedException : Exception
{
    /// <summary>Creates the exception for a failed outcome.</summary>
    public ChannelPushFailedException(ChannelSyncOutcome outcome)
        : base(Describe(outcome))
    {
    }

    /// <summary>Creates the exception.</summary>
    public ChannelPushFailedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ChannelPushFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ChannelPushFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private static string Describe(ChannelSyncOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return $"The push of SKU {outcome.Work.Sku} to {outcome.Work.Channel} (stock version "
            + $"{outcome.Work.StockVersion}) failed: {outcome.Error}";
    }
}
