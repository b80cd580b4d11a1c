namespace Inventory.Core.Webhooks;

/// <summary>
/// Something a delivery depends on outside this product (a marketplace's order or key API) failed or could not be
/// reached. It says nothing about the delivery itself: the delivery is refused with 503 and the channel redelivers.
/// </summary>
public class ChannelUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChannelUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message a person can act on.</summary>
    public ChannelUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure underneath.</summary>
    public ChannelUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
