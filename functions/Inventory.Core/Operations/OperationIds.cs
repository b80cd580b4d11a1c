using System.Text.RegularExpressions;
using Inventory.Core.Stock;

namespace Inventory.Core.Operations;

/// <summary>Ids that callers may choose (purchase orders, transfers, receipts) and the checks they pass.</summary>
public static partial class OperationIds
{
    /// <summary>Longest caller-chosen id; keeps derived movement ids within the store's limit.</summary>
    public const int MaxLength = 40;

    /// <summary>Adds a failure when <paramref name="id"/> is set and not a plain id.</summary>
    public static void Check(List<ValidationFailure> failures, string field, string? id)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (id is not null && !Plain().IsMatch(id))
        {
            failures.Add(new(field, $"The {field} must be 1 to {MaxLength} letters, digits, '.', '_' or '-'."));
        }
    }

    /// <summary>A fresh id for an operation that came without one.</summary>
    public static string New() => Guid.NewGuid().ToString("N");

    [GeneratedRegex("^[A-Za-z0-9._-]{1,40}$")]
    private static partial Regex Plain();
}
