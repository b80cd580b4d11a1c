namespace Inventory.Benchmarks.Sync;

/// <summary>What <c>GET /api/fake-channels/pushes</c> answers for a set of SKUs.</summary>
internal sealed record FakeRecords(
    IReadOnlyList<FakePush> Pushes, IReadOnlyList<FakeThrottle> Throttles, IReadOnlyList<FakeLimit> Limits);
