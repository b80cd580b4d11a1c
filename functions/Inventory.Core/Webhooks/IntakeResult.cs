using Inventory.Core.Stock;

namespace Inventory.Core.Webhooks;

/// <summary>What happened to one webhook delivery.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="Topic">The topic, once known.</param>
/// <param name="Accepted">Movements durably queued.</param>
/// <param name="Unmapped">Lines kept for review because no SKU matched.</param>
/// <param name="Detail">For refusals: what was wrong, in a sentence (never a secret).</param>
/// <param name="Problems">For malformed bodies: the fields at fault.</param>
public sealed record IntakeResult(
    IntakeStatus Status,
    string? Topic,
    int Accepted,
    int Unmapped,
    string? Detail,
    IReadOnlyList<ValidationFailure> Problems);
