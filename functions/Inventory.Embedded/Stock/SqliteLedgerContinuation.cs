using System.Globalization;
using System.Text;

namespace Inventory.Embedded.Stock;

/// <summary>The opaque paging token of the embedded ledger: the sequence number of the last entry returned.</summary>
internal static class SqliteLedgerContinuation
{
    private const string Prefix = "sqlite-ledger:";

    public static string Encode(long seq) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + seq.ToString(CultureInfo.InvariantCulture)));

    public static long Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            {
                return seq;
            }
        }
        catch (FormatException)
        {
            // Falls through to the one error below, whatever was wrong with the token.
        }

        throw new ArgumentException(
            "The continuation token is not one this ledger issued; start again without it.", nameof(token));
    }
}
