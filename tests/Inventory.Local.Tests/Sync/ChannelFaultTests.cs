using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Inventory.FakeMarketplaces;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Local.Tests.Sync;

/// <summary>
/// The local host over the fake marketplaces with about 30% of inventory calls failing (503s and timeouts; the fault
/// profile cannot inject 429s, so any 429 would be the fakes' own rate limit): a stream of stock changes still
/// converges on every channel, within every rate limit, and never lets an older stock version overwrite a newer one.
/// </summary>
public sealed class ChannelFaultTests
{
    private const string Location = "WH-MAIN";
    private static readonly string[] Skus = ["FLT-1", "FLT-2", "FLT-3", "FLT-4", "FLT-5"];
    private static readonly string[] Channels = ["shopify", "amazon", "walmart", "ebay", "tiktok"];
    // Generous: throttled and failed pushes wait for the runner's retry delay, and CI machines are shared.
    private static readonly TimeSpan ConvergenceTimeout = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task StockStream_ThirtyPercentChannelFaults_EveryChannelConvergesInOrderWithinRateLimits()
    {
        var host = new LocalHostFixture();
        string[] arguments =
        [
            "--fake-channel-faults=0.3",
            .. Channels.Select(c => $"--Channels:{Capitalized(c)}:Resilience:AttemptTimeoutSeconds=1"),
        ];
        foreach (var argument in arguments)
        {
            host.Arguments.Add(argument);
        }

        await host.InitializeAsync();
        try
        {
            var fakes = host.Services.GetRequiredService<FakeMarketplaceServer>();

            await SendStockChangesAsync(host);
            var targets = await WaitForConvergenceAsync(host);

            // (a) Every pushed channel published its target for the latest stock, and the fake holds it.
            var listings = new FakeChannelListings();
            foreach (var sku in Skus)
            {
                Assert.Equal(Channels.Order(StringComparer.Ordinal), targets[sku].Keys.Order(StringComparer.Ordinal));
                foreach (var channel in Channels)
                {
                    var item = await FakeItemAsync(listings, channel, sku);
                    Assert.True(
                        fakes.State.Quantity(channel, item) == targets[sku][channel],
                        $"{channel} {sku}: fake holds {fakes.State.Quantity(channel, item)}, target {targets[sku][channel]}");
                }
            }

            // The faults really happened, of both kinds.
            var faults = fakes.State.Faults;
            Assert.Contains(faults, f => f.Kind == FaultKind.ServerError);
            Assert.Contains(faults, f => f.Kind == FaultKind.Timeout);

            // (b) No call exceeded a rate limit: no 429 is injected, so every throttle record would be one.
            Assert.Empty(fakes.State.Throttles);

            // (c) Per channel and item, the stock versions of the accepted pushes never go down.
            var versioned = 0;
            foreach (var pushes in fakes.State.AcceptedPushes.GroupBy(p => (p.Channel, p.Item)))
            {
                var newest = long.MinValue;
                foreach (var push in pushes)
                {
                    if (VersionOf(push) is not { } version)
                    {
                        continue;
                    }

                    versioned++;
                    Assert.True(
                        version >= newest,
                        $"{push.Channel} {push.Item}: version {version} accepted after {newest}");
                    newest = version;
                }
            }

            Assert.NotEqual(0, versioned);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>60 adjustments over the five SKUs, four at a time; stock never goes below zero.</summary>
    private static async Task SendStockChangesAsync(LocalHostFixture host)
    {
        var random = new Random(7);
        var changes = Skus.Select(sku => (Sku: sku, Delta: 40)).ToList();
        for (var i = 0; i < 55; i++)
        {
            // Zero is no adjustment (answered 400), so -3..-1 or 1..5.
            var delta = random.Next(-3, 5);
            changes.Add((Skus[i % Skus.Length], delta >= 0 ? delta + 1 : delta));
        }

        foreach (var batch in changes.Chunk(4))
        {
            var responses = await Task.WhenAll(batch.Select(c => host.PostJsonAsync(
                "/api/stock/adjustments",
                new { sku = c.Sku, location = Location, delta = c.Delta, reason = "fault-test" })));
            foreach (var response in responses)
            {
                Assert.True(response.IsSuccessStatusCode, $"adjustment answered {(int)response.StatusCode}");
                response.Dispose();
            }
        }
    }

    /// <summary>Polls until every pushed listing of every SKU has published its target; returns the targets.</summary>
    private static async Task<Dictionary<string, Dictionary<string, int>>> WaitForConvergenceAsync(
        LocalHostFixture host)
    {
        var clock = Stopwatch.StartNew();
        var lagging = new List<string>();
        while (true)
        {
            lagging.Clear();
            var targets = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var sku in Skus)
            {
                var body = await host.GetJsonAsync($"/api/stock/{sku}/channels");
                var pushed = body.GetProperty("listings").EnumerateArray()
                    .Where(l => l.GetProperty("pushed").GetBoolean())
                    .ToList();
                targets[sku] = pushed.ToDictionary(
                    l => l.GetProperty("channel").GetString()!, l => l.GetProperty("target").GetInt32(),
                    StringComparer.Ordinal);
                foreach (var listing in pushed)
                {
                    // Null (omitted) until the channel's first publish.
                    var target = listing.GetProperty("target").GetInt32();
                    if (!listing.TryGetProperty("lastPublished", out var published)
                        || published.ValueKind != JsonValueKind.Number || published.GetInt32() != target)
                    {
                        lagging.Add($"{sku}/{listing.GetProperty("channel").GetString()}: {published} != {target}");
                    }
                }
            }

            if (lagging.Count == 0)
            {
                return targets;
            }

            Assert.True(
                clock.Elapsed < ConvergenceTimeout,
                $"not converged after {ConvergenceTimeout.TotalSeconds} s: {string.Join("; ", lagging)}");
            await Task.Delay(200);
        }
    }

    /// <summary>The stock version in an idempotency key <c>channel:sku:version[:suffix]</c>, when there is one.</summary>
    private static long? VersionOf(AcceptedPush push)
    {
        var parts = push.IdempotencyKey?.Split(':');
        return parts is { Length: >= 3 }
            && long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var version)
                ? version
                : null;
    }

    private static async Task<string> FakeItemAsync(FakeChannelListings listings, string channel, string sku)
    {
        var listing = await listings.FindAsync(channel, sku);
        return channel switch
        {
            "shopify" => FakeItems.Shopify(listing!.InventoryItemId!, listing.LocationId!),
            "tiktok" => FakeItems.Tiktok(listing!.ProductId!, listing.SkuId!, listing.WarehouseId!),
            _ => sku,
        };
    }

    private static string Capitalized(string channel) =>
        char.ToUpperInvariant(channel[0]) + channel[1..];
}
