using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Inventory.Testing.Webhooks;

/// <summary>
/// Plays eBay's notification signing: a fresh P-256 key under a key id, the <c>X-EBAY-SIGNATURE</c> header it
/// produces, and the body <c>getPublicKey</c> answers with for it.
/// </summary>
public sealed class EbaySigningKey(string keyId) : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The id eBay names the key by (<c>kid</c>).</summary>
    public string KeyId { get; } = keyId;

    /// <summary>The header value: base64 of JSON with alg, kid, the DER ECDSA signature of the body and the digest.</summary>
    public string SignatureHeader(byte[] body, string digest = "SHA1")
    {
        var hash = digest == "SHA256" ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1;
        var signature = _key.SignData(body, hash, DSASignatureFormat.Rfc3279DerSequence);
        var json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["alg"] = "ecdsa",
            ["kid"] = KeyId,
            ["signature"] = Convert.ToBase64String(signature),
            ["digest"] = digest,
        });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>The JSON <c>GET /commerce/notification/v1/public_key/{kid}</c> answers for this key.</summary>
    public string PublicKeyResponse(string digest = "SHA1") => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["algorithm"] = "ECDSA",
        ["digest"] = digest,
        ["key"] = _key.ExportSubjectPublicKeyInfoPem(),
    });

    /// <summary>The path eBay serves the key on.</summary>
    public string PublicKeyPath => $"/commerce/notification/v1/public_key/{KeyId}";

    public void Dispose() => _key.Dispose();
}
