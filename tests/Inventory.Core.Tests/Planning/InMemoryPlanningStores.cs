using System.Runtime.CompilerServices;
using Inventory.Core.Catalog;
using Inventory.Core.Planning;

namespace Inventory.Core.Tests.Planning;

/// <summary>Catalog, daily facts and report sink in memory, for the use-case tests.</summary>
internal sealed class InMemoryPlanningStores : ICatalogStore, IDailyFactStore, IReportSink
{
    private readonly SortedDictionary<string, CatalogItem> _items = new(StringComparer.Ordinal);
    private readonly SortedDictionary<DateOnly, (DailyDemandFact[] Demand, DailyPositionFact[] Positions)> _days = [];

    public List<PlanningReport> Reports { get; } = [];

    public Task<CatalogItem?> GetAsync(string sku, CancellationToken cancellationToken = default) =>
        Task.FromResult(_items.GetValueOrDefault(sku));

    public Task PutAsync(IReadOnlyCollection<CatalogItem> items, CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            _items[item.Sku] = item;
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<CatalogItem> StreamAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var item in _items.Values)
        {
            yield return item;
        }
    }

    public Task WriteDayAsync(
        DateOnly day, IReadOnlyList<DailyDemandFact> demand, IReadOnlyList<DailyPositionFact> positions,
        CancellationToken cancellationToken = default)
    {
        _days[day] = (demand.ToArray(), positions.ToArray());
        return Task.CompletedTask;
    }

    public Task<bool> HasDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        Task.FromResult(_days.ContainsKey(day));

    public async IAsyncEnumerable<DailyDemandFact> ReadDemandAsync(
        DateOnly first, DateOnly last, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var (day, facts) in _days)
        {
            if (day >= first && day <= last)
            {
                foreach (var fact in facts.Demand)
                {
                    yield return fact;
                }
            }
        }
    }

    public async IAsyncEnumerable<DailyPositionFact> ReadPositionsAsync(
        DateOnly first, DateOnly last, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var (day, facts) in _days)
        {
            if (day >= first && day <= last)
            {
                foreach (var fact in facts.Positions)
                {
                    yield return fact;
                }
            }
        }
    }

    public Task WriteAsync(PlanningReport report, CancellationToken cancellationToken = default)
    {
        Reports.Add(report);
        return Task.CompletedTask;
    }

    public (DailyDemandFact[] Demand, DailyPositionFact[] Positions) Day(DateOnly day) => _days[day];
}
