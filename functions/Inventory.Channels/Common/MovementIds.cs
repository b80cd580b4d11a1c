using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Inventory.Core.Stock;

namespace Inventory.Channels.Common;

/// <summary>
/// Builds dedupe keys from a channel's business ids. Parts that could break a Cosmos id (<c>/ \ ? # |</c>, control
/// characters, spaces) or that are very long are replaced by a digest, and a key that would still be longer than
/// <see cref="MovementValidator.MaxIdentifierLength"/> is digested whole, so every key stays valid and stable.
/// </summary>
internal static class MovementIds
{
    private const int MaxPartLength = 40;

    private static readonly SearchValues<char> Unsafe = SearchValues.Create("/\\?#| ");

    public static string Create(string channel, params ReadOnlySpan<string> parts)
    {
        var builder = new StringBuilder(channel);
        foreach (var part in parts)
        {
            builder.Append(':').Append(Clean(part));
        }

        var id = builder.ToString();
        return id.Length <= MovementValidator.MaxIdentifierLength ? id : $"{channel}:h:{Digest(id, 64)}";
    }

    private static string Clean(string part)
    {
        var safe = part.Length is > 0 and <= MaxPartLength
            && !part.AsSpan().ContainsAny(Unsafe)
            && !part.Any(char.IsControl);
        return safe ? part : "h" + Digest(part, 24);
    }

    private static string Digest(string text, int hexLength) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexLength];
}
