using System.Buffers.Text;
using System.Text;

namespace Inventory.Azure.Stock;

/// <summary>
/// The ledger's paging token: the sort key of the last entry returned, base64url-encoded behind a version prefix.
/// Keyset paging keeps every page one indexed range read, however deep the reader goes.
/// </summary>
internal static class LedgerContinuation
{
    private const string Prefix = "ledger.v1:";

    public static string Encode(string lastSeq) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + lastSeq));

    /// <summary>Returns the sort key the token stands for.</summary>
    /// <exception cref="ArgumentException">The token was not made by <see cref="Encode"/>.</exception>
    public static string Decode(string token, string parameterName)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException exception)
        {
            throw Invalid(parameterName, exception);
        }

        // A sort key is 19 digits, a bar, the location, a bar and 19 digits: see StockDocumentMapper.LedgerSeq.
        var seq = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..] : string.Empty;
        if (seq.Length < 41 || seq[19] != '|' || seq[^20] != '|'
            || seq.AsSpan(0, 19).ContainsAnyExceptInRange('0', '9')
            || seq.AsSpan(seq.Length - 19).ContainsAnyExceptInRange('0', '9'))
        {
            throw Invalid(parameterName, null);
        }

        return seq;
    }

    private static ArgumentException Invalid(string parameterName, Exception? inner) => new(
        "The ledger continuation token is not one this store issued. Pass the token from the previous page "
        + "unchanged, or null to start from the newest entry.",
        parameterName,
        inner);
}
