using System.Text.Json;
using Inventory.Core.Serialization;
using Inventory.Core.Sync.Allocation;
using Inventory.Embedded.Documents;
using Inventory.Embedded.Stock;
using Microsoft.Extensions.Options;

namespace Inventory.Embedded.Tests.Sync;

/// <summary>The rules use case over the SQLite rule store, with bodies as the HTTP routes will read them.</summary>
public sealed class ChannelRulesServiceTests : IDisposable
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
    public async Task GetAsync_Amazon_ReturnsBothListings()
    {
        var result = await CreateSut().GetAsync("amazon");

        Assert.Equal(ChannelRulesStatus.Ok, result.Status);
        Assert.Equal(["amazon", "amazon-fba"], result.Rules!.Listings.Select(l => l.Listing));
        Assert.True(result.Rules.IsDefault);
    }

    [Fact]
    public async Task GetAsync_UnknownChannel_SaysWhichAreKnown()
    {
        var result = await CreateSut().GetAsync("etsy");

        Assert.Equal(ChannelRulesStatus.UnknownChannel, result.Status);
        Assert.Equal("channel", Assert.Single(result.Failures).Field);
    }

    [Fact]
    public async Task PutAsync_ValidJsonBody_StoresAndReturnsIt()
    {
        var request = Parse("""
            {"listings": [{"listing": "shopify", "bufferPercent": 10, "maxListed": 50, "lagAware": true,
              "classOverrides": {"A": {"bufferPercent": 0}}, "skuOverrides": {"SKU-1": {"maxListed": 5}}}]}
            """);

        var result = await CreateSut().PutAsync("shopify", request);

        var listing = Assert.Single(result.Rules!.Listings);
        Assert.Equal(ChannelRulesStatus.Ok, result.Status);
        Assert.Equal((10, 50, 0, 5), (listing.BufferPercent, listing.MaxListed,
            listing.ClassOverrides!["A"].BufferPercent, listing.SkuOverrides!["SKU-1"].MaxListed));
        Assert.NotNull(result.Rules.ETag);
    }

    [Fact]
    public async Task PutAsync_InvalidFields_ReturnsEveryFailureByPath()
    {
        var request = Parse("""
            {"listings": [{"listing": "shopify", "bufferPercent": 120, "minimumToList": 9, "maxListed": 3},
                          {"listing": "ebay"}, {"listing": "shopify", "classOverrides": {"D": {"priority": 1}}}]}
            """);

        var result = await CreateSut().PutAsync("shopify", request);

        Assert.Equal(ChannelRulesStatus.Invalid, result.Status);
        Assert.Equal(
            ["listings[0].bufferPercent", "listings[0].minimumToList", "listings[1].listing",
                "listings[2].classOverrides.D", "listings[2].listing"],
            result.Failures.Select(f => f.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PutAsync_NoListings_IsInvalid()
    {
        var result = await CreateSut().PutAsync("shopify", Parse("{}"));

        Assert.Equal("listings", Assert.Single(result.Failures).Field);
    }

    [Fact]
    public async Task PutAsync_StaleIfMatch_IsConflictWithCurrentRules()
    {
        var sut = CreateSut();
        var first = await sut.PutAsync("shopify", Parse("""{"listings": [{"listing": "shopify"}]}"""));
        await sut.PutAsync("shopify", Parse("""{"listings": [{"listing": "shopify", "bufferPercent": 5}]}"""),
            first.Rules!.ETag);

        var stale = await sut.PutAsync(
            "shopify", Parse("""{"listings": [{"listing": "shopify", "bufferPercent": 9}]}"""), first.Rules.ETag);

        Assert.Equal(ChannelRulesStatus.Conflict, stale.Status);
        Assert.Equal(5, Assert.Single(stale.Rules!.Listings).BufferPercent);
    }

    [Fact]
    public async Task GetAsync_Response_SerializesCamelCase()
    {
        var result = await CreateSut().GetAsync("amazon");

        var json = JsonSerializer.Serialize(result.Rules, InventoryJson.Options);

        Assert.Contains("\"allocationMode\":\"priority\"", json, StringComparison.Ordinal);
        Assert.Contains("\"feedingLocations\":[\"FBA\"]", json, StringComparison.Ordinal);
    }

    private static ChannelRulesRequest Parse(string json) =>
        JsonSerializer.Deserialize<ChannelRulesRequest>(json, InventoryJson.Options)!;

    private ChannelRulesService CreateSut() =>
        new(new DocumentChannelRuleStore(
            new SqliteDocumentStore(Options.Create(new SqliteStoreOptions { DataDirectory = _directory }))));
}
