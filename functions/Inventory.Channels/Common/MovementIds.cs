using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
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
        // Built on the stack: one key per webhook line, so the common case allocates only the key itself.
        var builder = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        builder.AppendLiteral(channel);
        foreach (var part in parts)
        {
            builder.AppendLiteral(":");
            builder.AppendLiteral(Clean(part));
        }

        var id = builder.ToStringAndClear();
        return id.Length <= MovementValidator.MaxIdentifierLength ? id : $"{channel}:h:{Digest(id, 64)}";
    }

    // char.IsControl is exactly U+0000 to U+001F and U+007F to U+009F.
    private static string Clean(string part)
    {
        var text = part.AsSpan();
        var safe = part.Length is > 0 and <= MaxPartLength
            && !text.ContainsAny(Unsafe)
            && !text.ContainsAnyInRange('\u0000', '\u001f')
            && !text.ContainsAnyInRange('\u007f', '\u009f');
        return safe ? part : "h" + Digest(part, 24);
    }

    private static string Digest(string text, int hexLength) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexLength];
}
