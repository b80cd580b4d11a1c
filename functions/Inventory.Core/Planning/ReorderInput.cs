using Inventory.Core.Catalog;
using Inventory.Core.Stock;

namespace Inventory.Core.Planning;

/// <summary>What the reorder maths needs for one SKU at one location.</summary>
/// <param name="ReportDate">The as-of date: the last day of history; the forecast starts the day after.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Location">The location.</param>
/// <param name="Item">The catalog item, or null when the SKU is not in the catalog.</param>
/// <param name="AbcClass">The SKU's class.</param>
/// <param name="Revenue">The SKU's revenue at this location over the window.</param>
/// <param name="WindowDays">Days in the history window; the as-of date has index <c>WindowDays - 1</c>.</param>
/// <param name="HistoryDays">Days this position has history in the window (fewer for a new SKU).</param>
/// <param name="Channels">One fitted model per channel that sold the SKU here.</param>
/// <param name="Quantities">The position at the end of the as-of date.</param>
public sealed record ReorderInput(
    DateOnly ReportDate,
    string Sku,
    string Location,
    CatalogItem? Item,
    AbcClass AbcClass,
    double Revenue,
    int WindowDays,
    int HistoryDays,
    IReadOnlyList<ChannelDemand> Channels,
    StockQuantities Quantities);
