using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Inventory.Azure.Documents;

/// <summary>
/// Turns any document id into one Cosmos DB accepts: ids there may not hold <c>/ \ ? #</c> and are at most 255
/// characters long, while the document port allows any text.
/// </summary>
/// <remarks>
/// <para>Three forms, told apart by their first characters, so no two ids ever share a stored id:</para>
/// <list type="bullet">
/// <item><description>
/// Plain: 1 to <see cref="MaxPlainLength"/> characters of ASCII letters, digits and <c>- _ . : |</c>, not starting
/// with <c>.</c>, is stored as it is (<c>PO-2025-0042</c> stays readable in the portal).
/// </description></item>
/// <item><description>
/// Encoded: any other id whose encoding fits is <c>~</c> followed by the unpadded base64url of its UTF-8 bytes
/// (<c>a/b</c> becomes <c>~YS9i</c>). A plain id never starts with <c>~</c>, and base64url is one to one, so this
/// form collides neither with plain ids nor with itself.
/// </description></item>
/// <item><description>
/// Hashed: an id whose encoding would exceed <see cref="MaxEncodedLength"/> characters is <c>~~</c> followed by the
/// base64url SHA-256 of its UTF-8 bytes. base64url never yields <c>~</c>, so this form cannot meet the other two;
/// two long ids would have to collide in SHA-256 to meet each other, and the store checks the original id it keeps
/// on every document, so even that would fail loudly instead of answering with another id's document.
/// </description></item>
/// </list>
/// <para>
/// The original id always travels in the document's <c>originalId</c> field, so every form can be mapped back.
/// An id that is not well-formed UTF-16 (a lone surrogate) cannot be encoded and is refused with an
/// <see cref="ArgumentException"/>: encoding it would replace the surrogate and let two ids meet.
/// </para>
/// </remarks>
internal static class CosmosDocumentIds
{
    /// <summary>The longest id stored in the plain form.</summary>
    public const int MaxPlainLength = 128;

    /// <summary>The longest stored id in the encoded form, prefix included; Cosmos DB allows 255.</summary>
    public const int MaxEncodedLength = 240;

    private const char Marker = '~';

    private static readonly UTF8Encoding StrictUtf8 =
        new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The id to store for <paramref name="id"/>.</summary>
    public static string Encode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (IsPlain(id))
        {
            return id;
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(id);
        }
        catch (EncoderFallbackException exception)
        {
            throw new ArgumentException(
                "The document id is not valid Unicode text (it holds a lone surrogate) and cannot be stored.",
                nameof(id),
                exception);
        }

        if (Base64Url.GetEncodedLength(bytes.Length) + 1 <= MaxEncodedLength)
        {
            return Marker + Base64Url.EncodeToString(bytes);
        }

        return string.Concat(Marker.ToString(), Marker.ToString(), Base64Url.EncodeToString(SHA256.HashData(bytes)));
    }

    private static bool IsPlain(string id)
    {
        if (id.Length is 0 or > MaxPlainLength || id[0] == '.')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':' or '|'))
            {
                return false;
            }
        }

        return true;
    }
}
