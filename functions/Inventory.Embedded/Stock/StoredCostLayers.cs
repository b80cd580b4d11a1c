using System.Collections;
using System.Text.Json;
using Inventory.Core.Serialization;
using Inventory.Core.Stock;

namespace Inventory.Embedded.Stock;

/// <summary>
/// A position's cost layers as read from the <c>cost_layers</c> column, parsed only when something looks at them.
/// Most movements (order lines committed or released, for example) leave on hand and so the layers unchanged; the
/// writer then stores the same text back instead of parsing and serializing layers that nobody read or changed.
/// </summary>
internal sealed class StoredCostLayers(string json) : IReadOnlyList<CostLayer>
{
    private CostLayer[]? _layers;

    /// <summary>The column's text, exactly as read.</summary>
    public string Json { get; } = json;

    public int Count => Layers.Length;

    // A position can reach other threads (in an outcome); two threads parsing at once get equal arrays, which is fine.
    private CostLayer[] Layers =>
        _layers ??= JsonSerializer.Deserialize<CostLayer[]>(Json, InventoryJson.Options) ?? [];

    public CostLayer this[int index] => Layers[index];

    public IEnumerator<CostLayer> GetEnumerator() => ((IEnumerable<CostLayer>)Layers).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
