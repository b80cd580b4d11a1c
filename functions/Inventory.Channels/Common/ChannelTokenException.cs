namespace Inventory.Channels.Common;

/// <summary>A channel's token endpoint refused us or could not be reached; the message says which setting to check.
/// Caught by the inventory clients and turned into a failed push.</summary>
internal sealed class ChannelTokenException : Exception
{
    public ChannelTokenException()
    {
    }

    public ChannelTokenException(string message)
        : base(message)
    {
    }

    public ChannelTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
