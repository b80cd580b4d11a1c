namespace Inventory.Benchmarks.Sync;

/// <summary>One order webhook the driver sent.</summary>
/// <param name="Sku">The SKU of its one line.</param>
/// <param name="Accepted">Whether the host answered 200.</param>
/// <param name="SentAt">When the request left, system clock.</param>
/// <param name="AcceptedAt">When the 200 was read, system clock.</param>
/// <param name="AvailableAfter">What the SKU has available once this and every earlier order of it is applied.</param>
/// <param name="Late">How far behind its due time it was sent (the driver or the host fell behind the rate).</param>
internal sealed record SentOrder(
    string Sku, bool Accepted, DateTimeOffset SentAt, DateTimeOffset AcceptedAt, int AvailableAfter, TimeSpan Late);
