using Inventory.Core.Stock;

namespace Inventory.Channels.Common;

/// <summary>One movement a line produces: its kind, its dedupe id and its units.</summary>
internal sealed record MovementStep(MovementKind Kind, string Id, int Quantity);
