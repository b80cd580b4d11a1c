namespace Inventory.Benchmarks.Sync;

/// <summary>A quantity a fake channel accepted for a SKU, stamped with the host's system clock.</summary>
internal sealed record FakePush(string Channel, string Sku, int Quantity, DateTimeOffset At);
