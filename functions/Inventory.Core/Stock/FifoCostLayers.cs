namespace Inventory.Core.Stock;

/// <summary>First-in, first-out cost layers: receipts add at the end, removals take from the start.</summary>
internal static class FifoCostLayers
{
    public static IReadOnlyList<CostLayer> Add(
        IReadOnlyList<CostLayer> layers, int quantity, decimal unitCost, DateTimeOffset receivedAt, string movementId)
    {
        var result = new List<CostLayer>(layers.Count + 1);
        result.AddRange(layers);

        // Consecutive units at one cost are one layer: keeps the document small under many small restocks.
        if (result.Count > 0 && result[^1].UnitCost == unitCost)
        {
            result[^1] = result[^1] with { Quantity = result[^1].Quantity + quantity };
        }
        else
        {
            result.Add(new CostLayer(quantity, unitCost, receivedAt, movementId));
        }

        return result;
    }

    public static (IReadOnlyList<CostLayer> Remaining, decimal Cost) Remove(IReadOnlyList<CostLayer> layers, int quantity)
    {
        var remaining = new List<CostLayer>(layers.Count);
        var left = quantity;
        var cost = 0m;

        foreach (var layer in layers)
        {
            if (left == 0)
            {
                remaining.Add(layer);
                continue;
            }

            var taken = Math.Min(left, layer.Quantity);
            cost += taken * layer.UnitCost;
            left -= taken;
            if (taken < layer.Quantity)
            {
                remaining.Add(layer with { Quantity = layer.Quantity - taken });
            }
        }

        return (remaining, cost);
    }

    /// <summary>The cost to give units that arrive without one: the average of what is held, else the last known.</summary>
    public static decimal CurrentUnitCost(IReadOnlyList<CostLayer> layers, decimal? lastUnitCost)
    {
        var units = layers.Sum(layer => layer.Quantity);
        return units > 0 ? decimal.Round(layers.Sum(layer => layer.Value) / units, 4) : lastUnitCost ?? 0m;
    }
}
