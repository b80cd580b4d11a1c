using Inventory.Core.Stock;

namespace Inventory.Core.Planning;

/// <summary>The window's sums for one SKU x location.</summary>
internal struct PositionSums
{
    public int Sku;
    public int Location;
    public int FirstDay;
    public int LastDay;
    public int FactDays;
    public int StockoutDays;
    public double ValueDays;
    public double UnitsReceived;
    public double CostOfGoodsSold;
    public double WriteOffValue;
    public StockQuantities Quantities;
}
