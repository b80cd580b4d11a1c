namespace Inventory.Core.Planning;

/// <summary>How far a long planning step has got, for a progress display.</summary>
/// <param name="Stage">What is running, in a few words (for example <c>reading positions</c>).</param>
/// <param name="Done">Items done so far in this stage.</param>
/// <param name="Total">Items this stage expects, or 0 when not known in advance.</param>
public readonly record struct PlanningProgress(string Stage, long Done, long Total);
