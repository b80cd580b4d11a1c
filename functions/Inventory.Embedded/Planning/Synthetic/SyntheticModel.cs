using System.Globalization;
using Inventory.Core.Catalog;
using Inventory.Core.Planning;

namespace Inventory.Embedded.Planning.Synthetic;

/// <summary>
/// The synthetic world: a catalog whose revenue follows a Zipf (Pareto-like) curve, so about a fifth of the SKUs make
/// four fifths of the revenue; demand per SKU x location x channel with a per-SKU trend, a weekly profile per channel
/// and channel promotions; suppliers with variable lead times. Deterministic from the seed.
/// </summary>
internal sealed class SyntheticModel
{
    public static readonly string[] AllLocations = ["WH-EAST", "WH-WEST", "WH-CENTRAL"];
    public static readonly string[] Channels = ["shopify", "amazon", "walmart"];

    private static readonly double[] LeadTimeSpreads = [0.0, 0.1, 0.25, 0.4];
    private static readonly int[] CasePacks = [1, 1, 6, 12];
    private static readonly int[] CasesPerMinimum = [1, 2, 4];
    private static readonly double[] ChannelShare = [0.45, 0.40, 0.15];
    private static readonly double[] LocationShare = [0.5, 0.3, 0.2];

    // Weekday profile per channel, Sunday first: the storefront peaks at the weekend, the marketplaces early in the week.
    private static readonly double[][] WeekdayProfile =
    [
        [1.30, 0.85, 0.85, 0.90, 0.95, 1.05, 1.30],
        [1.00, 1.15, 1.05, 1.00, 0.95, 0.90, 0.95],
        [1.10, 1.00, 0.95, 0.95, 0.95, 1.00, 1.05],
    ];

    private readonly double[] _baseUnits;
    private readonly double[] _growth;
    private readonly double[] _locationShare;
    private readonly bool[][] _promotion;
    private readonly double[] _promotionMultiplier;

    public SyntheticModel(SyntheticHistoryOptions options, DateOnly lastDay)
    {
        Options = options;
        LastDay = lastDay;
        FirstDay = lastDay.AddDays(-(options.Days - 1));
        Locations = AllLocations.Take(options.Locations).ToArray();
        var shares = LocationShare.Take(options.Locations).ToArray();
        _locationShare = shares.Select(s => s / shares.Sum()).ToArray();

        var random = SyntheticRandom.For(options.Seed, 0);
        var suppliers = Enumerable.Range(1, 12).Select(i => (
            Name: string.Create(CultureInfo.InvariantCulture, $"SUP-{i:D2}"),
            LeadTime: (double)random.Between(4, 28),
            Spread: LeadTimeSpreads[random.Between(0, 3)])).ToArray();

        // Revenue rank is a random permutation of SKU numbers, so SKU-000001 is not always the best seller.
        var ranks = Enumerable.Range(1, options.Skus).ToArray();
        for (var i = ranks.Length - 1; i > 0; i--)
        {
            var j = random.Between(0, i);
            (ranks[i], ranks[j]) = (ranks[j], ranks[i]);
        }

        var catalog = new CatalogItem[options.Skus];
        _baseUnits = new double[options.Skus];
        _growth = new double[options.Skus];
        LaunchDay = new int[options.Skus];
        for (var s = 0; s < options.Skus; s++)
        {
            var price = Math.Round(Math.Clamp(Math.Exp(Math.Log(30) + (0.8 * random.Normal())), 3, 500), 0) - 0.01;
            var isNew = random.NextDouble() < 0.02 && options.Days > 14;
            LaunchDay[s] = isNew ? options.Days - random.Between(2, 10) : 0;
            var cost = isNew && random.NextDouble() < 0.5 ? 0m : (decimal)Math.Round(price * random.Uniform(0.35, 0.6), 2);
            var supplier = suppliers[random.Between(0, suppliers.Length - 1)];
            var pack = CasePacks[random.Between(0, 3)];
            var minimum = pack * CasesPerMinimum[random.Between(0, 2)];
            catalog[s] = new CatalogItem(
                SkuName(s),
                string.Create(CultureInfo.InvariantCulture, $"Synthetic product {s + 1}"),
                cost,
                (decimal)price,
                supplier.Name,
                supplier.LeadTime,
                Math.Round(supplier.LeadTime * supplier.Spread, 1),
                minimum,
                pack);
            _baseUnits[s] = options.TopSkuRevenuePerDay / ranks[s] / price;
            _growth[s] = random.Uniform(-0.3, 0.6);
        }

        Catalog = catalog;
        Events = BuildEvents();
        _promotion = Channels.Select(c => Enumerable.Range(0, options.Days)
            .Select(t => Events.Any(e => e.Channel == c && e.Covers(FirstDay.AddDays(t)))).ToArray()).ToArray();
        _promotionMultiplier = Channels
            .Select(c => Events.FirstOrDefault(e => e.Channel == c)?.DemandMultiplier ?? 1.0).ToArray();
    }

    public SyntheticHistoryOptions Options { get; }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    public IReadOnlyList<string> Locations { get; }

    public IReadOnlyList<CatalogItem> Catalog { get; }

    /// <summary>The day index each SKU starts selling; 0 for all but the few new SKUs.</summary>
    public int[] LaunchDay { get; }

    /// <summary>The channel promotions in the history: keep them in the planning options so they are not taken for trend.</summary>
    public IReadOnlyList<ChannelEvent> Events { get; }

    public static string SkuName(int s) => string.Create(CultureInfo.InvariantCulture, $"SKU-{s + 1:D6}");

    /// <summary>Expected units a day for one SKU x location x channel on day <paramref name="t"/>.</summary>
    public double Rate(int sku, int location, int channel, int t)
    {
        if (t < LaunchDay[sku])
        {
            return 0.0;
        }

        var trend = Math.Max(0.1, 1.0 + (_growth[sku] * (t - (Options.Days / 2.0)) / 365.0));
        var weekday = WeekdayProfile[channel][(int)FirstDay.AddDays(t).DayOfWeek];
        var promotion = _promotion[channel][t] ? _promotionMultiplier[channel] : 1.0;
        return _baseUnits[sku] * ChannelShare[channel] * _locationShare[location] * trend * weekday * promotion;
    }

    /// <summary>Expected units a day for one SKU x location over all channels, without promotions: for buying.</summary>
    public double BaselineRate(int sku, int location, int t)
    {
        if (t < LaunchDay[sku])
        {
            return 0.0;
        }

        var trend = Math.Max(0.1, 1.0 + (_growth[sku] * (t - (Options.Days / 2.0)) / 365.0));
        return _baseUnits[sku] * _locationShare[location] * trend;
    }

    /// <summary>A purchase order's actual lead time: the supplier's mean plus noise, so it arrives late or early.</summary>
    public static int ActualLeadTime(CatalogItem item, SyntheticRandom random) =>
        Math.Max(1, (int)Math.Round(item.LeadTimeDays + (item.LeadTimeStdDevDays * random.Normal())));

    /// <summary>Units of a purchase order: 30 days of demand, at least the minimum, in whole cases.</summary>
    public static int OrderQuantity(CatalogItem item, double dailyRate)
    {
        var wanted = Math.Max((int)Math.Ceiling(dailyRate * 30), item.MinimumOrderQuantity);
        return (wanted + item.CasePack - 1) / item.CasePack * item.CasePack;
    }

    private ChannelEvent[] BuildEvents()
    {
        var events = new List<ChannelEvent>();
        if (Options.Days > 50)
        {
            events.Add(new ChannelEvent
            {
                Channel = "amazon", Name = "Prime Day", Start = LastDay.AddDays(-45), End = LastDay.AddDays(-44),
                DemandMultiplier = 3.0,
            });
        }

        if (Options.Days > 25)
        {
            events.Add(new ChannelEvent
            {
                Channel = "walmart", Name = "Walmart+ Weekend", Start = LastDay.AddDays(-20), End = LastDay.AddDays(-18),
                DemandMultiplier = 2.0,
            });
        }

        return [.. events];
    }
}
