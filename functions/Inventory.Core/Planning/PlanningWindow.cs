using System.Runtime.InteropServices;
using Inventory.Core.Catalog;
using Inventory.Core.Stock;

namespace Inventory.Core.Planning;

/// <summary>
/// The streamed state of one planning run: fixed-size sums per SKU x location and per SKU x channel x location,
/// filled from daily facts one row at a time. Memory grows with the number of keys; no daily series is kept.
/// </summary>
internal sealed class PlanningWindow
{
    private readonly PlanningOptions _options;
    private readonly Dictionary<string, int> _skuIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _locationIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _channelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _positionIndex = [];
    private readonly Dictionary<long, int> _demandIndex = [];
    private readonly List<bool[]> _channelEventDays = [];
    private string? _lastSku;
    private string? _lastLocation;
    private int _lastPosition;

    public PlanningWindow(DateOnly asOf, PlanningOptions options)
    {
        _options = options;
        AsOf = asOf;
        Days = options.HistoryWindowDays;
        Start = asOf.AddDays(-(Days - 1));
    }

    public DateOnly AsOf { get; }

    public DateOnly Start { get; }

    public int Days { get; }

    public List<string> Skus { get; } = [];

    public List<CatalogItem?> Items { get; } = [];

    public List<string> Locations { get; } = [];

    public List<string> Channels { get; } = [];

    public List<PositionSums> Positions { get; } = [];

    public List<DemandSums> Demand { get; } = [];

    /// <summary>Demand per weekday of each demand key on non-event days: 7 values a key.</summary>
    public List<double> WeekdayDemand { get; } = [];

    public void AddCatalogItem(CatalogItem item)
    {
        if (_skuIndex.TryGetValue(item.Sku, out var index))
        {
            Items[index] = item;
            return;
        }

        _skuIndex[item.Sku] = Skus.Count;
        Skus.Add(item.Sku);
        Items.Add(item);
    }

    public bool IsEventDay(int channel, int t) => _channelEventDays[channel][t];

    public void Add(in DailyPositionFact fact)
    {
        var t = DayIndex(fact.Date);
        if (t < 0)
        {
            return;
        }

        ref var p = ref PositionRef(fact.Sku, fact.Location);
        p.FirstDay = Math.Min(p.FirstDay, t);
        p.FactDays++;
        p.ValueDays += (double)fact.InventoryValue;
        p.UnitsReceived += fact.UnitsReceived;
        p.CostOfGoodsSold += (double)fact.CostOfGoodsSold;
        p.WriteOffValue += (double)fact.WriteOffValue;
        if (fact.StockedOut)
        {
            p.StockoutDays++;
        }

        if (t >= p.LastDay)
        {
            p.LastDay = t;
            p.Quantities = new StockQuantities(
                fact.OnHand, fact.Committed, fact.Unavailable, fact.Incoming, fact.InTransit);
        }
    }

    public void Add(in DailyDemandFact fact)
    {
        var t = DayIndex(fact.Date);
        if (t < 0)
        {
            return;
        }

        var position = PositionIndex(fact.Sku, fact.Location);
        var channel = ChannelIndex(fact.Channel);
        var key = ((long)position << 8) | (uint)channel;
        if (!_demandIndex.TryGetValue(key, out var index))
        {
            index = Demand.Count;
            _demandIndex[key] = index;
            Demand.Add(new DemandSums { Position = position, Channel = channel });
            for (var w = 0; w < 7; w++)
            {
                WeekdayDemand.Add(0);
            }
        }

        ref var d = ref CollectionsMarshal.AsSpan(Demand)[index];
        ref var p = ref CollectionsMarshal.AsSpan(Positions)[position];
        p.FirstDay = Math.Min(p.FirstDay, t);
        double y = fact.NetUnits;
        d.NetUnits += y;
        d.UnitsShipped += fact.UnitsShipped;
        d.UnitsReturned += fact.UnitsReturned;
        d.OrderLines += fact.OrderLines;
        d.OrderLinesShort += fact.OrderLinesShort;
        d.CostOfGoodsSold += (double)fact.CostOfGoodsSold;
        if (!_channelEventDays[channel][t])
        {
            d.SumY += y;
            d.SumY2 += y * y;
            d.SumTY += t * y;
            CollectionsMarshal.AsSpan(WeekdayDemand)[(index * 7) + (int)fact.Date.DayOfWeek] += y;
        }
    }

    /// <summary>The history of one demand key over the position's days, event days left out.</summary>
    public DemandStatistics Statistics(int demandIndex)
    {
        var d = Demand[demandIndex];
        var first = Math.Max(0, Positions[d.Position].FirstDay);
        var events = _channelEventDays[d.Channel];
        var statistics = new DemandStatistics { SumY = d.SumY, SumY2 = d.SumY2, SumTY = d.SumTY };
        for (var t = first; t < Days; t++)
        {
            if (events[t])
            {
                continue;
            }

            statistics.Days++;
            statistics.SumT += t;
            statistics.SumT2 += (double)t * t;
            statistics.WeekdayDays[(int)Start.AddDays(t).DayOfWeek]++;
        }

        for (var w = 0; w < 7; w++)
        {
            statistics.WeekdaySum[w] = WeekdayDemand[(demandIndex * 7) + w];
        }

        return statistics;
    }

    private int DayIndex(DateOnly date)
    {
        var t = date.DayNumber - Start.DayNumber;
        return t >= 0 && t < Days ? t : -1;
    }

    private ref PositionSums PositionRef(string sku, string location)
    {
        // The index first: finding it may add a position, which a span taken before would not see.
        var index = PositionIndex(sku, location);
        return ref CollectionsMarshal.AsSpan(Positions)[index];
    }

    private int PositionIndex(string sku, string location)
    {
        // Facts come sorted by SKU and location, and stores may hand out one string instance per value: a repeat of
        // the previous key is found without hashing.
        if (ReferenceEquals(sku, _lastSku) && ReferenceEquals(location, _lastLocation))
        {
            return _lastPosition;
        }

        _lastSku = sku;
        _lastLocation = location;
        _lastPosition = FindPosition(sku, location);
        return _lastPosition;
    }

    private int FindPosition(string sku, string location)
    {
        if (!_skuIndex.TryGetValue(sku, out var skuIndex))
        {
            skuIndex = Skus.Count;
            _skuIndex[sku] = skuIndex;
            Skus.Add(sku);
            Items.Add(null);
        }

        if (!_locationIndex.TryGetValue(location, out var locationIndex))
        {
            locationIndex = Locations.Count;
            _locationIndex[location] = locationIndex;
            Locations.Add(location);
        }

        var key = ((long)skuIndex << 16) | (uint)locationIndex;
        if (!_positionIndex.TryGetValue(key, out var index))
        {
            index = Positions.Count;
            _positionIndex[key] = index;
            Positions.Add(new PositionSums { Sku = skuIndex, Location = locationIndex, FirstDay = int.MaxValue, LastDay = -1 });
        }

        return index;
    }

    private int ChannelIndex(string channel)
    {
        if (_channelIndex.TryGetValue(channel, out var index))
        {
            return index;
        }

        index = Channels.Count;
        _channelIndex[channel] = index;
        Channels.Add(channel);
        var eventDays = new bool[Days];
        for (var t = 0; t < Days; t++)
        {
            eventDays[t] = ReorderPlanner.IsEventDay(_options, channel, Start.AddDays(t));
        }

        _channelEventDays.Add(eventDays);
        return index;
    }
}
