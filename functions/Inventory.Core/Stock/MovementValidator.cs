namespace Inventory.Core.Stock;

/// <summary>Checks a movement's shape before it may touch stock. Pure: no state, no I/O.</summary>
public static class MovementValidator
{
    /// <summary>Longest SKU, location or movement id accepted; Cosmos ids allow 255 characters for both parts.</summary>
    public const int MaxIdentifierLength = 120;

    /// <summary>Largest quantity one movement may carry; keeps every sum far from overflow.</summary>
    public const int MaxQuantity = 100_000_000;

    /// <summary>Largest unit cost accepted.</summary>
    public const decimal MaxUnitCost = 1_000_000_000m;

    // '|' joins SKU and location in document ids; the others are not allowed in Cosmos DB ids.
    private static readonly char[] ForbiddenIdCharacters = ['|', '/', '\\', '?', '#'];

    /// <summary>Returns every problem with <paramref name="movement"/>; an empty list means it may be applied.</summary>
    public static IReadOnlyList<ValidationFailure> Validate(Movement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);

        // Every webhook line is checked here on the intake path and again when it is applied: the common answer,
        // no problem, allocates nothing.
        if (IsPlainlyValid(movement))
        {
            return [];
        }

        var failures = new List<ValidationFailure>();

        CheckIdentifier(failures, "id", movement.Id, allowPipe: true);
        CheckIdentifier(failures, "sku", movement.Sku, allowPipe: false);
        CheckIdentifier(failures, "location", movement.Location, allowPipe: false);

        if (!Enum.IsDefined(movement.Kind) || movement.Kind == MovementKind.Unknown)
        {
            failures.Add(new("kind", $"Movement kind '{movement.Kind}' is not known."));
            return failures;
        }

        CheckQuantity(failures, movement);
        CheckUnitCost(failures, movement);

        if (movement.Kind == MovementKind.Adjustment && string.IsNullOrWhiteSpace(movement.Reason))
        {
            failures.Add(new("reason", "An adjustment needs a reason, such as 'damaged in storage'."));
        }

        if (movement.Reason is { Length: > 500 })
        {
            failures.Add(new("reason", "The reason must be at most 500 characters."));
        }

        return failures;
    }

    /// <summary>
    /// Whether <paramref name="value"/> may be a SKU or a location: not blank, at most
    /// <see cref="MaxIdentifierLength"/> characters, without <c>| / \ ? #</c>, control characters or surrounding
    /// spaces.
    /// </summary>
    public static bool IsValidKeyPart(string? value) => IsValidIdentifier(value, allowPipe: false);

    // The checks Validate would make, answered without building a failure; any doubt falls through to the full check.
    private static bool IsPlainlyValid(Movement movement) =>
        IsValidIdentifier(movement.Id, allowPipe: true)
        && IsValidKeyPart(movement.Sku)
        && IsValidKeyPart(movement.Location)
        && movement.Kind is not (MovementKind.Unknown or MovementKind.Adjustment or MovementKind.CycleCount
            or MovementKind.ChannelHeldStockSet or MovementKind.PurchaseOrderReceived)
        && Enum.IsDefined(movement.Kind)
        && movement.Quantity is > 0 and <= MaxQuantity
        && movement.UnitCost is null
        && movement.Reason is null or { Length: <= 500 };

    private static bool IsValidIdentifier(string? value, bool allowPipe) =>
        !string.IsNullOrWhiteSpace(value)
        && value.Length <= MaxIdentifierLength
        && !HasForbiddenCharacters(value, allowPipe);

    // char.IsControl is exactly U+0000 to U+001F and U+007F to U+009F; Trim removes what char.IsWhiteSpace matches.
    private static bool HasForbiddenCharacters(string value, bool allowPipe)
    {
        var text = value.AsSpan();
        var forbidden = allowPipe ? ForbiddenIdCharacters.AsSpan(1) : ForbiddenIdCharacters.AsSpan();
        return text.IndexOfAny(forbidden) >= 0
            || text.ContainsAnyInRange('\u0000', '\u001f')
            || text.ContainsAnyInRange('\u007f', '\u009f')
            || char.IsWhiteSpace(text[0])
            || char.IsWhiteSpace(text[^1]);
    }

    private static void CheckIdentifier(List<ValidationFailure> failures, string field, string? value, bool allowPipe)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add(new(field, $"The {field} is required and must not be blank."));
            return;
        }

        if (value.Length > MaxIdentifierLength)
        {
            failures.Add(new(field, $"The {field} must be at most {MaxIdentifierLength} characters."));
        }

        var forbidden = allowPipe ? ForbiddenIdCharacters.AsSpan(1) : ForbiddenIdCharacters.AsSpan();
        if (HasForbiddenCharacters(value, allowPipe))
        {
            failures.Add(new(
                field,
                $"The {field} '{value}' must not contain {string.Join(' ', forbidden.ToArray())}, control characters "
                + "or leading or trailing spaces."));
        }
    }

    private static void CheckQuantity(List<ValidationFailure> failures, Movement movement)
    {
        switch (movement.Kind)
        {
            case MovementKind.Adjustment:
                if (movement.Quantity == 0)
                {
                    failures.Add(new("quantity", "An adjustment needs a non-zero delta."));
                }
                else if (Math.Abs((long)movement.Quantity) > MaxQuantity)
                {
                    failures.Add(new("quantity", $"An adjustment delta must be within +/-{MaxQuantity}."));
                }

                break;

            case MovementKind.CycleCount:
                if (movement.Quantity is < 0 or > MaxQuantity)
                {
                    failures.Add(new("quantity", $"A counted quantity must be between 0 and {MaxQuantity}."));
                }

                break;

            case MovementKind.ChannelHeldStockSet:
                CheckReported(failures, movement);
                break;

            default:
                if (movement.Quantity is <= 0 or > MaxQuantity)
                {
                    failures.Add(new(
                        "quantity",
                        $"A {movement.Kind} movement needs a positive quantity of at most {MaxQuantity}; "
                        + $"got {movement.Quantity}."));
                }

                break;
        }
    }

    private static void CheckReported(List<ValidationFailure> failures, Movement movement)
    {
        if (movement.Reported is not { } reported)
        {
            failures.Add(new("reported", "Channel-held stock needs the reported quantities."));
            return;
        }

        if (movement.Quantity != 0)
        {
            failures.Add(new("quantity", "Channel-held stock carries its quantities in 'reported', not 'quantity'."));
        }

        (string Field, int Value)[] parts =
        [
            ("reported.onHand", reported.OnHand),
            ("reported.committed", reported.Committed),
            ("reported.unavailable", reported.Unavailable),
            ("reported.inTransit", reported.InTransit),
        ];
        foreach (var (field, value) in parts)
        {
            if (value is < 0 or > MaxQuantity)
            {
                failures.Add(new(field, $"A reported quantity must be between 0 and {MaxQuantity}; got {value}."));
            }
        }
    }

    private static void CheckUnitCost(List<ValidationFailure> failures, Movement movement)
    {
        if (movement.UnitCost is { } cost && (cost < 0 || cost > MaxUnitCost))
        {
            failures.Add(new("unitCost", $"The unit cost must be between 0 and {MaxUnitCost}; got {cost}."));
        }

        if (movement.Kind == MovementKind.PurchaseOrderReceived && movement.UnitCost is null)
        {
            failures.Add(new("unitCost", "A purchase order receipt needs the unit cost it was bought at."));
        }
    }
}
