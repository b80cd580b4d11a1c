namespace Inventory.Core.Planning;

/// <summary>The window's sums for one SKU x channel x location: for the forecast (non-event days) and the KPIs (all).</summary>
internal struct DemandSums
{
    public int Position;
    public int Channel;
    public double SumY;
    public double SumY2;
    public double SumTY;
    public double NetUnits;
    public double UnitsShipped;
    public double UnitsReturned;
    public long OrderLines;
    public long OrderLinesShort;
    public double CostOfGoodsSold;
}
