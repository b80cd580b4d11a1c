namespace Inventory.Core.Catalog;

/// <summary>What planning knows about a SKU: its cost, price and how its supplier delivers.</summary>
/// <param name="Sku">The seller's stock keeping unit.</param>
/// <param name="Title">A name a person recognises.</param>
/// <param name="UnitCost">What one unit costs to buy; zero when not known yet (a new SKU), which leaves EOQ undefined.</param>
/// <param name="Price">The usual selling price of one unit, used for revenue and ABC classes.</param>
/// <param name="Supplier">Who the SKU is bought from.</param>
/// <param name="LeadTimeDays">Mean days from placing a purchase order to receiving it.</param>
/// <param name="LeadTimeStdDevDays">Standard deviation of the lead time in days; zero when the supplier is exact.</param>
/// <param name="MinimumOrderQuantity">The fewest units the supplier accepts on one order (1 when there is no minimum).</param>
/// <param name="CasePack">Units in one case; orders are whole cases (1 when units ship singly).</param>
public sealed record CatalogItem(
    string Sku,
    string Title,
    decimal UnitCost,
    decimal Price,
    string Supplier,
    double LeadTimeDays,
    double LeadTimeStdDevDays,
    int MinimumOrderQuantity,
    int CasePack);
