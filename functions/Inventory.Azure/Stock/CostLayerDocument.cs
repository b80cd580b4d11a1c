using System.Text.Json.Serialization;

namespace Inventory.Azure.Stock;

/// <summary>One FIFO cost layer as stored on a stock document.</summary>
internal sealed record CostLayerDocument(
    int Quantity,
    [property: JsonNumberHandling(CosmosJson.DecimalHandling)] decimal UnitCost,
    DateTimeOffset ReceivedAt,
    string MovementId);
