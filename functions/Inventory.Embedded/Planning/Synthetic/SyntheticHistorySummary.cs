using Inventory.Core.Planning;

namespace Inventory.Embedded.Planning.Synthetic;

/// <summary>What a synthetic history run produced.</summary>
/// <param name="FirstDay">The first day generated.</param>
/// <param name="LastDay">The last day generated: the as-of date to report on.</param>
/// <param name="Skus">SKUs in the catalog.</param>
/// <param name="Locations">The locations.</param>
/// <param name="Channels">The channels.</param>
/// <param name="Movements">Movements applied through the stock store (0 when facts were written directly).</param>
/// <param name="Refused">Movements the stock store refused (expected to be 0).</param>
/// <param name="Events">The promotions generated: add them to <see cref="PlanningOptions.Events"/>.</param>
public sealed record SyntheticHistorySummary(
    DateOnly FirstDay,
    DateOnly LastDay,
    int Skus,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> Channels,
    long Movements,
    long Refused,
    IReadOnlyList<ChannelEvent> Events);
