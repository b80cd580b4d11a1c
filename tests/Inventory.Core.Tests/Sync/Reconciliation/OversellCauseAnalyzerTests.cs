using Inventory.Core.Documents;
using Inventory.Core.Stock;
using Inventory.Core.Sync;
using Inventory.Core.Sync.Reconciliation;
using Inventory.Testing.Documents;
using Inventory.Testing.Stock;
using Inventory.Testing.Sync;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Core.Tests.Sync.Reconciliation;

public sealed class OversellCauseAnalyzerTests
{
    private readonly FakeTimeProvider _time = new(MovementFactory.Epoch);
    private readonly InMemoryStockStore _stock;
    private readonly InMemorySyncStateStore _states = new();
    private readonly InMemoryDocumentStore _documents = new();
    private readonly string _sku = MovementFactory.NewSku();

    public OversellCauseAnalyzerTests()
    {
        _stock = new InMemoryStockStore(_time);
    }

    [Fact]
    public async Task AnalyzeAsync_NoChannel_ReturnsUnknown()
    {
        var sut = CreateSut();
        await PublishAsync(quantity: 5, at: At(1));

        var cause = await sut.AnalyzeAsync(Incident(saleAt: At(2)) with { Channel = null });

        Assert.Equal(OversellCause.Unknown, cause);
    }

    [Fact]
    public async Task AnalyzeAsync_DriftFoundShortlyBeforeTheSale_ReturnsDrift()
    {
        var sut = CreateSut();
        await PublishAsync(quantity: 5, at: At(1));
        var drift = new DriftEvent("shopify", _sku, 9, 5, 5, 1, At(-20), DriftCause.ChannelChangedOutsideProduct);
        await _documents.UpsertAsync(DocumentCollections.LatestDrift, DriftEvent.LatestId("shopify", _sku), drift);

        var cause = await sut.AnalyzeAsync(Incident(saleAt: At(2)));

        Assert.Equal(OversellCause.Drift, cause);
    }

    [Fact]
    public async Task AnalyzeAsync_PushPendingAtTheSale_ReturnsSyncLag()
    {
        var sut = CreateSut();
        var state = Published(5, At(1)) with { PendingQuantity = 0, PendingVersion = 3, LastAttemptAt = At(1) };
        await _states.WriteAsync(state, etag: null);

        var cause = await sut.AnalyzeAsync(Incident(saleAt: At(2)));

        Assert.Equal(OversellCause.SyncLag, cause);
    }

    [Fact]
    public async Task AnalyzeAsync_LastPublishOlderThanTheLastStockChange_ReturnsSyncLag()
    {
        var sut = CreateSut();
        await PublishAsync(quantity: 5, at: At(0));
        _time.SetUtcNow(At(1));
        await _stock.ApplyAsync(MovementFactory.Adjust(_sku, "WH1", 5, unitCost: 1m));

        var cause = await sut.AnalyzeAsync(Incident(saleAt: At(2)));

        Assert.Equal(OversellCause.SyncLag, cause);
    }

    [Fact]
    public async Task AnalyzeAsync_InSyncWithNoBufferLeft_ReturnsBufferTooSmall()
    {
        var sut = CreateSut();
        await _stock.ApplyAsync(MovementFactory.Adjust(_sku, "WH1", 5, unitCost: 1m));
        await PublishAsync(quantity: 5, at: At(1));

        var cause = await sut.AnalyzeAsync(Incident(saleAt: At(2)) with { AvailableBefore = 5, Shortfall = 2 });

        Assert.Equal(OversellCause.BufferTooSmall, cause);
    }

    [Fact]
    public async Task AnalyzeAsync_InSyncWithEnoughBuffer_ReturnsUnknown()
    {
        var sut = CreateSut();
        await _stock.ApplyAsync(MovementFactory.Adjust(_sku, "WH1", 5, unitCost: 1m));
        await PublishAsync(quantity: 2, at: At(1));

        var cause = await sut.AnalyzeAsync(Incident(saleAt: At(2)) with { AvailableBefore = 5, Shortfall = 2 });

        Assert.Equal(OversellCause.Unknown, cause);
    }

    private static DateTimeOffset At(int minutes) => MovementFactory.Epoch.AddMinutes(minutes);

    private OversellCauseAnalyzer CreateSut() =>
        new(_states, _documents, _stock, Options.Create(new ReconciliationOptions()));

    private ChannelSyncState Published(int quantity, DateTimeOffset at) =>
        ChannelSyncState.New("shopify", _sku) with
        {
            PublishedQuantity = quantity,
            PublishedVersion = 1,
            PublishedAt = at,
            LastAttemptAt = at,
        };

    private Task<SyncStateWriteResult> PublishAsync(int quantity, DateTimeOffset at) => _states.WriteAsync(Published(quantity, at), null);

    private OversellIncident Incident(DateTimeOffset saleAt) =>
        new("sale-1", _sku, "WH1", "shopify", Shortfall: 1, AvailableBefore: 0, AvailableAfter: -1,
            MovementKind.OrderLineCommitted, saleAt, saleAt.AddSeconds(5));
}
