namespace Inventory.Core.Planning;

/// <summary>A SKU as the report describes it: its catalog facts and its class that night.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Title">Its title, or empty when it is not in the catalog.</param>
/// <param name="Supplier">Its supplier, or empty.</param>
/// <param name="UnitCost">Unit cost (0 when unknown).</param>
/// <param name="Price">Selling price (0 when unknown).</param>
/// <param name="LeadTimeDays">Mean lead time in days.</param>
/// <param name="LeadTimeStdDevDays">Lead time standard deviation in days.</param>
/// <param name="MinimumOrderQuantity">Supplier's minimum order quantity.</param>
/// <param name="CasePack">Units a case.</param>
/// <param name="AbcClass">The class from trailing revenue.</param>
/// <param name="Revenue">Revenue over the window, all channels and locations.</param>
/// <param name="InCatalog">Whether the SKU is in the catalog (facts can name SKUs that are not).</param>
public sealed record SkuDimension(
    string Sku,
    string Title,
    string Supplier,
    decimal UnitCost,
    decimal Price,
    double LeadTimeDays,
    double LeadTimeStdDevDays,
    int MinimumOrderQuantity,
    int CasePack,
    AbcClass AbcClass,
    double Revenue,
    bool InCatalog);
