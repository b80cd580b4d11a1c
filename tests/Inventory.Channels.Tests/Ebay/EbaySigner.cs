using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Inventory.Channels.Tests.Ebay;

/// <summary>Plays eBay: a fresh P-256 key that signs bodies and builds the X-EBAY-SIGNATURE header.</summary>
public sealed class EbaySigner : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    public string Header(byte[] body, string keyId, string digest = "SHA1")
    {
        var hash = digest == "SHA256" ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1;
        var signature = _key.SignData(body, hash, DSASignatureFormat.Rfc3279DerSequence);
        var json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["alg"] = "ecdsa",
            ["kid"] = keyId,
            ["signature"] = Convert.ToBase64String(signature),
            ["digest"] = digest,
        });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    public string KeyResponse(string digest = "SHA1") => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["algorithm"] = "ECDSA",
        ["digest"] = digest,
        ["key"] = PublicKeyPem,
    });

    public void Dispose() => _key.Dispose();
}
