using System.Text.Json.Serialization;
using Inventory.Azure.Stock;
using Inventory.Core.Catalog;

namespace Inventory.Azure.Planning;

/// <summary>A catalog item in container <c>catalog</c> (partition key <c>/sku</c>, id = SKU).</summary>
internal sealed record CatalogDocument
{
    public required string Id { get; init; }

    public required string Sku { get; init; }

    public required string Title { get; init; }

    [JsonNumberHandling(CosmosJson.DecimalHandling)]
    public decimal UnitCost { get; init; }

    [JsonNumberHandling(CosmosJson.DecimalHandling)]
    public decimal Price { get; init; }

    public required string Supplier { get; init; }

    public double LeadTimeDays { get; init; }

    public double LeadTimeStdDevDays { get; init; }

    public int MinimumOrderQuantity { get; init; }

    public int CasePack { get; init; }

    public static CatalogDocument From(CatalogItem item) => new()
    {
        Id = item.Sku,
        Sku = item.Sku,
        Title = item.Title,
        UnitCost = item.UnitCost,
        Price = item.Price,
        Supplier = item.Supplier,
        LeadTimeDays = item.LeadTimeDays,
        LeadTimeStdDevDays = item.LeadTimeStdDevDays,
        MinimumOrderQuantity = item.MinimumOrderQuantity,
        CasePack = item.CasePack,
    };

    public CatalogItem ToItem() => new(
        Sku, Title, UnitCost, Price, Supplier, LeadTimeDays, LeadTimeStdDevDays, MinimumOrderQuantity, CasePack);
}
