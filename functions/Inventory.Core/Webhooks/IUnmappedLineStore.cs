namespace Inventory.Core.Webhooks;

/// <summary>Keeps lines that matched no SKU until someone maps their listing.</summary>
public interface IUnmappedLineStore
{
    /// <summary>Durably records the lines; a line id seen before is kept once.</summary>
    Task RecordAsync(IReadOnlyList<UnmappedLine> lines, CancellationToken cancellationToken = default);

    /// <summary>Lists kept lines, newest first.</summary>
    Task<IReadOnlyList<UnmappedLine>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Stores the line as replayed (<see cref="UnmappedLine.ReplayedAt"/> set), keeping it for review.</summary>
    Task MarkReplayedAsync(UnmappedLine line, CancellationToken cancellationToken = default);
}
