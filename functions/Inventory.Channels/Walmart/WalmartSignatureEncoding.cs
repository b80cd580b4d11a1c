namespace Inventory.Channels.Walmart;

/// <summary>How the Walmart HMAC signature is written in its header.</summary>
public enum WalmartSignatureEncoding
{
    /// <summary>Base64 of the 32 digest bytes.</summary>
    Base64 = 0,

    /// <summary>Hexadecimal digits, either case.</summary>
    Hex,
}
