using System.Buffers.Text;
using System.Text;

namespace Inventory.Azure.Sync;

/// <summary>
/// Turns a SKU or channel into a Table storage key. Keys may not hold <c>/ \ # ?</c> or control characters, so a
/// value holding any of them (or starting with <c>~</c>) is stored as <c>~</c> and the unpadded base64url of its UTF-8
/// bytes; every other value is stored as it is, so keys stay readable. base64url never yields <c>~</c>, and a plain key
/// never starts with it, so two values never share a key. The original values are kept as properties.
/// </summary>
internal static class TableKeys
{
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NeedsEncoding(value) ? "~" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(value)) : value;
    }

    private static bool NeedsEncoding(string value) =>
        value.Length == 0 || value[0] == '~' || value.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
