using System.Text.Json.Serialization;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;

namespace Inventory.Core.Serialization;

/// <summary>Source-generated serializers for the types written on hot paths.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Movement))]
[JsonSerializable(typeof(LedgerEntry))]
[JsonSerializable(typeof(OversellIncident))]
[JsonSerializable(typeof(CostLayer[]))]
[JsonSerializable(typeof(StockPosition))]
[JsonSerializable(typeof(MovementEnvelope))]
internal sealed partial class InventoryJsonContext : JsonSerializerContext;
