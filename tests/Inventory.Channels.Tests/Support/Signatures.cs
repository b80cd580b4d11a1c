using System.Security.Cryptography;
using System.Text;

namespace Inventory.Channels.Tests.Support;

/// <summary>Computes signatures the way each channel documents them, independently of the adapters.</summary>
public static class Signatures
{
    public static string HmacBase64(string secret, byte[] body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static string HmacHex(string secret, byte[] message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));

    public static byte[] Concat(string prefix, byte[] body) => [.. Encoding.UTF8.GetBytes(prefix), .. body];
}
