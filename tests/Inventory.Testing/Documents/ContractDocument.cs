namespace Inventory.Testing.Documents;

/// <summary>
/// The document the contract stores: text, money with more digits than a double holds, an instant with its offset,
/// and lists, which together show whether a store gives back exactly what it was given.
/// </summary>
public sealed record ContractDocument(
    string Name,
    decimal Amount,
    DateTimeOffset At,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ContractLine> Lines);
