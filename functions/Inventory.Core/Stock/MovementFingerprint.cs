using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inventory.Core.Stock;

/// <summary>A digest of what a movement says, so that a reused id with different content can be told apart.</summary>
public static class MovementFingerprint
{
    /// <summary>Hex digest of the fields that decide the movement's effect. Occurred-at and source do not count.</summary>
    public static string Of(Movement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);

        var reported = movement.Reported;
        var text = string.Join(
            '\u001f',
            movement.Kind.ToString(),
            movement.Sku,
            movement.Location,
            movement.Quantity.ToString(CultureInfo.InvariantCulture),
            movement.UnitCost?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            reported is null
                ? string.Empty
                : FormattableString.Invariant(
                    $"{reported.OnHand},{reported.Committed},{reported.Unavailable},{reported.InTransit}"));

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
