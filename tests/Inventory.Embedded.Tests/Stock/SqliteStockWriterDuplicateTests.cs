using Inventory.Core.Stock;
using static Inventory.Testing.Stock.MovementFactory;

namespace Inventory.Embedded.Tests.Stock;

// The writer decides a movement before it looks its id up in the ledger; a redelivery must still be answered as one
// whatever the stock now says about it.
public sealed class SqliteStockWriterDuplicateTests : TemporaryStockStore
{
    [Fact]
    public async Task ApplyAsync_RedeliveryTheStockWouldNowRefuse_IsDuplicateAndChangesNothing()
    {
        await Store.ApplyAsync(Adjust("SKU-A", "WH", 2, "fill"));
        await Store.ApplyAsync(Commit("SKU-A", "WH", 2, "c-1"));
        var ship = Ship("SKU-A", "WH", 2, "s-1");
        await Store.ApplyAsync(ship);

        var again = await Store.ApplyAsync(ship);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Equal(3, again.Version);
        Assert.Equal(3, (await Store.GetPositionAsync(new("SKU-A", "WH")))!.Version);
    }

    [Fact]
    public async Task ApplyAsync_RedeliveryWhoseDecisionWouldNowFail_IsDuplicate()
    {
        for (var i = 0; i < 21; i++)
        {
            await Store.ApplyAsync(Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, $"fill-{i}"));
        }

        // On hand is at its limit now: deciding "fill-0" again would overflow, but it was applied before.
        var again = await Store.ApplyAsync(Adjust("SKU-A", "WH", MovementValidator.MaxQuantity, "fill-0"));

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Equal(1, again.Version);
    }

    [Fact]
    public async Task ApplyAsync_RedeliveryTheStockWouldAccept_IsDuplicateWithoutSecondEntry()
    {
        var adjust = Adjust("SKU-A", "WH", 3, "a-1");
        await Store.ApplyAsync(adjust);

        var again = await Store.ApplyAsync(adjust);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Single((await Store.GetLedgerAsync("SKU-A", 10, null)).Entries);
        Assert.Equal(3, (await Store.GetPositionAsync(new("SKU-A", "WH")))!.Quantities.OnHand);
    }

    [Fact]
    public async Task ApplyAsync_ReusedIdTheStockWouldRefuse_IsRejectedAsIdReused()
    {
        await Store.ApplyAsync(Adjust("SKU-A", "WH", 1, "x-1"));

        var outcome = await Store.ApplyAsync(Ship("SKU-A", "WH", 5, "x-1"));

        Assert.Equal(ApplyStatus.Rejected, outcome.Status);
        Assert.Equal(RejectionCode.IdReused, outcome.Rejection!.Code);
    }

    [Fact]
    public async Task ApplyAsync_RedeliveredOversell_IsDuplicateWithItsIncident()
    {
        var commit = Commit("SKU-A", "WH", 2, "o-1", channel: "shopify");
        await Store.ApplyAsync(commit);

        var again = await Store.ApplyAsync(commit);

        Assert.Equal(ApplyStatus.Duplicate, again.Status);
        Assert.Equal(2, again.Oversell!.Shortfall);
        Assert.Single(await Store.ListOversellsAsync(new OversellQuery(Epoch.AddDays(-1))));
    }
}
