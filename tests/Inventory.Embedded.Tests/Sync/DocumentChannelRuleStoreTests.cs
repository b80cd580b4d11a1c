using Inventory.Core.Sync.Allocation;
using Inventory.Embedded.Documents;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Tests.Sync;

/// <summary>The channel rule store over the SQLite document store, in a temporary folder.</summary>
public sealed class DocumentChannelRuleStoreTests : IDisposable
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task GetAsync_NothingStored_ReturnsDefaultsWithoutETag()
    {
        var stored = await CreateStore().GetAsync();

        Assert.Null(stored.ETag);
        Assert.Equal(
            ["amazon", "amazon-fba", "ebay", "shopify", "tiktok", "walmart"],
            stored.RuleSet.Rules.Select(r => r.Listing));
    }

    [Fact]
    public async Task PutChannelAsync_NothingStored_StoresDefaultsWithTheChange()
    {
        var store = CreateStore();

        var write = await store.PutChannelAsync("ebay", [Ebay(bufferPercent: 10)], ifMatch: null);

        var read = await store.GetAsync();
        Assert.True(write.Saved);
        Assert.Equal(write.Current.ETag, read.ETag);
        Assert.Equal(10, read.RuleSet.Rules.Single(r => r.Listing == "ebay").BufferPercent);
        Assert.Equal(6, read.RuleSet.Rules.Count);
    }

    [Fact]
    public async Task PutChannelAsync_CurrentETag_Saves()
    {
        var store = CreateStore();
        var first = await store.PutChannelAsync("ebay", [Ebay(bufferPercent: 10)], ifMatch: null);

        var second = await store.PutChannelAsync("ebay", [Ebay(bufferPercent: 20)], first.Current.ETag);

        Assert.True(second.Saved);
        Assert.NotEqual(first.Current.ETag, second.Current.ETag);
    }

    [Fact]
    public async Task PutChannelAsync_StaleETag_RefusesAndReturnsWhatIsStored()
    {
        var store = CreateStore();
        var first = await store.PutChannelAsync("ebay", [Ebay(bufferPercent: 10)], ifMatch: null);
        await store.PutChannelAsync("ebay", [Ebay(bufferPercent: 20)], first.Current.ETag);

        var stale = await store.PutChannelAsync("ebay", [Ebay(bufferPercent: 30)], first.Current.ETag);

        Assert.False(stale.Saved);
        Assert.Equal(20, stale.Current.RuleSet.Rules.Single(r => r.Listing == "ebay").BufferPercent);
    }

    [Fact]
    public async Task PutAsync_WholeSet_RoundTripsOverridesAndSettings()
    {
        var store = CreateStore();
        var rule = Ebay(bufferPercent: 5) with
        {
            FeedingLocations = ["WH1"],
            MaxListed = 40,
            LagAware = true,
            LagPercentile = 99,
            ClassOverrides = new Dictionary<AbcClass, RuleOverride> { [AbcClass.A] = new() { FixedReserve = 3 } },
            SkuOverrides = new Dictionary<string, RuleOverride> { ["SKU-1"] = new() { RemoveMaxListed = true } },
        };
        var set = new ChannelRuleSet
        {
            Rules = [rule],
            AllocationMode = AllocationMode.ProportionalToRecentSales,
            Scarcity = new ScarcityPolicy { CoverDays = 2.5, MinimumUnits = 4 },
            ChannelHeldLocations = ["FBA", "WFS"],
        };

        await store.PutAsync(set, ifMatch: null);
        var read = (await CreateStore().GetAsync()).RuleSet;

        var back = Assert.Single(read.Rules);
        Assert.Equal(
            (AllocationMode.ProportionalToRecentSales, 2.5, 4, "FBA,WFS"),
            (read.AllocationMode, read.Scarcity.CoverDays, read.Scarcity.MinimumUnits,
                string.Join(',', read.ChannelHeldLocations)));
        Assert.Equal((5, 40, true, 99, "WH1"),
            (back.BufferPercent, back.MaxListed, back.LagAware, back.LagPercentile, back.FeedingLocations.Single()));
        Assert.Equal(3, back.ClassOverrides[AbcClass.A].FixedReserve);
        Assert.True(back.SkuOverrides["SKU-1"].RemoveMaxListed);
    }

    [Fact]
    public async Task PutChannelAsync_OtherChannel_KeepsEarlierChange()
    {
        var store = CreateStore();
        await store.PutChannelAsync("ebay", [Ebay(bufferPercent: 10)], ifMatch: null);

        await store.PutChannelAsync("shopify", [], ifMatch: null);

        var rules = (await store.GetAsync()).RuleSet.Rules;
        Assert.Equal(10, rules.Single(r => r.Listing == "ebay").BufferPercent);
        Assert.DoesNotContain(rules, r => r.Channel == "shopify");
    }

    private static ChannelRule Ebay(int bufferPercent) =>
        new() { Channel = "ebay", Listing = "ebay", BufferPercent = bufferPercent };

    private DocumentChannelRuleStore CreateStore() =>
        new(new SqliteDocumentStore(Options.Create(new SqliteStoreOptions { DataDirectory = _directory })));
}
