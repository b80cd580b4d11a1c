namespace Inventory.Azure.Stock;

/// <summary>Where a movement came from, as stored on its ledger entry.</summary>
internal sealed record MovementSourceDocument(string Channel, string? ExternalId);
