using Inventory.Core.Stock;

namespace Inventory.Core.Webhooks;

/// <summary>One movement an unmapped line would have made, kept so the line can be replayed once it is mapped.</summary>
/// <param name="Id">The movement's dedupe id, exactly as the webhook would have queued it.</param>
/// <param name="Kind">The movement kind (commit, release, ship, restock, ...).</param>
/// <param name="Quantity">The units.</param>
public sealed record UnmappedStep(string Id, MovementKind Kind, int Quantity);
