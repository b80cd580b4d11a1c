namespace Inventory.Channels.Ebay;

/// <summary>A notification signing key from <c>getPublicKey</c>: the PEM text and the digest it signs with.</summary>
internal sealed record EbayPublicKey(string Pem, string? Algorithm, string? Digest);
