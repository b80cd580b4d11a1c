using Inventory.Core.Webhooks;

namespace Inventory.Channels.Common;

/// <summary>
/// A marketplace API that an adapter needs (an order or public-key lookup) failed or could not be reached. It says
/// nothing about the delivery itself, so the route should answer 503 and let the channel redeliver later.
/// </summary>
public sealed class ChannelApiException : ChannelUnavailableException
{
    /// <summary>Creates the exception.</summary>
    public ChannelApiException()
    {
    }

    /// <summary>Creates the exception with a message a person can act on.</summary>
    public ChannelApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure underneath.</summary>
    public ChannelApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
