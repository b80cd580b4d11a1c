namespace Inventory.Core.Stock;

/// <summary>One thing wrong with an input, named by the field it is about.</summary>
/// <param name="Field">The field, in the camelCase used on the wire, for example <c>quantity</c>.</param>
/// <param name="Message">A sentence saying what is wrong and what is expected.</param>
public sealed record ValidationFailure(string Field, string Message);
