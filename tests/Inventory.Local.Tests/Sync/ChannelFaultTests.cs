using System.Diagnostics;
using System.Text.Json;
using Inventory.FakeMarketplaces;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Local.Tests.Sync;

/// <summary>
/// The local host over the fake marketplaces with about 30% of inventory calls failing on every channel, a third each
/// as injected throttles (each channel's own throttling answer), 503s and timeouts (half of them after the change took
/// effect): a stream of stock changes still converges on every channel, no channel is paced over its real rate limit
/// (one stray 429 from a stalled machine is tolerated), and no older stock version overwrites a newer one on any
/// channel.
/// </summary>
/// <remarks>
/// The stream is receipts only, so each SKU's stock versions have strictly rising available quantities, and with the
/// default rules every channel's target is the available quantity. An older version landing after a newer one would
/// therefore show as a drop in the quantities a fake accepted for that listing: those must never go down, and must
/// end at the target.
/// </remarks>
public sealed class ChannelFaultTests
{
    private const string Location = "WH-MAIN";
    private static readonly string[] Skus = ["FLT-1", "FLT-2", "FLT-3", "FLT-4", "FLT-5"];
    private static readonly string[] Channels = ["shopify", "amazon", "walmart", "ebay", "tiktok"];
    private static readonly FaultKind[] FaultKinds =
        [FaultKind.Throttle, FaultKind.ServerError, FaultKind.Timeout, FaultKind.AppliedTimeout];

    // Generous against a loaded CI machine; an unloaded run converges in well under a minute.
    private static readonly TimeSpan ConvergenceTimeout = TimeSpan.FromSeconds(240);

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

            var stock = await SendReceiptsAsync(host);
            var targets = await WaitForConvergenceAsync(host);

            // (a) Every channel published its target for the latest stock, and the fake holds it.
            var listings = new FakeChannelListings();
            foreach (var sku in Skus)
            {
                Assert.Equal(Channels.Order(StringComparer.Ordinal), targets[sku].Keys.Order(StringComparer.Ordinal));
                foreach (var channel in Channels)
                {
                    Assert.Equal(stock[sku], targets[sku][channel]);
                    var held = fakes.State.Quantity(channel, await FakeItemAsync(listings, channel, sku));
                    Assert.True(held == targets[sku][channel],
                        $"{channel} {sku}: fake holds {held}, target {targets[sku][channel]}");
                }
            }

            // The faults happened, of every kind, and on every channel.
            var faults = fakes.State.Faults;
            foreach (var kind in FaultKinds)
            {
                Assert.Contains(faults, f => f.Kind == kind);
            }

            Assert.All(Channels, channel => Assert.True(faults.Any(f => f.Channel == channel),
                $"{channel}: no fault in {fakes.State.Requests.Count(r => r.Channel == channel)} requests"));

            // (b) No channel was paced over its rate limit: the fakes record injected throttles as faults, real ones
            // here. The clients keep half of each burst as headroom, which absorbs about half a second of bunching
            // on Amazon; a longer stall of the whole machine (seen once in a clean-clone CI run on two shared cores,
            // with the other test assemblies running) can still bunch a few calls into one real 429, which is retried
            // (see the README's limitations). One per channel is that; pacing that is wrong shows as many, and the
            // sync-load burst benchmark checks the pacing with none allowed.
            var throttles = fakes.State.Throttles;
            Assert.True(throttles.GroupBy(t => t.Channel).All(g => g.Count() <= 1), "calls over a rate limit: "
                + string.Join("; ", throttles.Select(t => $"{t.Channel} {t.Path} at {t.At:HH:mm:ss.fff}")));

            // (c) Per channel and listing, the accepted quantities never go down and end at the target.
            foreach (var sku in Skus)
            {
                foreach (var channel in Channels)
                {
                    var item = await FakeItemAsync(listings, channel, sku);
                    var accepted = fakes.State.AcceptedPushes
                        .Where(p => p.Channel == channel && p.Item == item)
                        .Select(p => p.Quantity)
                        .ToList();
                    var order = string.Join(", ", accepted);
                    Assert.True(
                        accepted.Zip(accepted.Skip(1)).All(pair => pair.First <= pair.Second),
                        $"{channel} {sku}: an older quantity landed after a newer one: {order}");
                    Assert.True(accepted.Count > 0 && accepted[^1] == targets[sku][channel],
                        $"{channel} {sku}: accepted {order}, target {targets[sku][channel]}");
                }
            }
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>
    /// 60 receipts over the five SKUs, two at a time with a pause between, so the syncs do not coalesce into a few
    /// (eBay batches SKUs into one call) and every channel takes some 30 calls or more, enough to meet its share of
    /// faults. Returns each SKU's stock after them.
    /// </summary>
    private static async Task<Dictionary<string, int>> SendReceiptsAsync(LocalHostFixture host)
    {
        var random = new Random(7);
        var changes = Skus.Select(sku => (Sku: sku, Delta: 10)).ToList();
        for (var i = 0; i < 55; i++)
        {
            changes.Add((Skus[i % Skus.Length], random.Next(1, 6)));
        }

        foreach (var batch in changes.Chunk(2))
        {
            var responses = await Task.WhenAll(batch.Select(c => host.PostJsonAsync(
                "/api/stock/adjustments",
                new { sku = c.Sku, location = Location, delta = c.Delta, reason = "fault-test" })));
            foreach (var response in responses)
            {
                Assert.True(response.IsSuccessStatusCode, $"adjustment answered {(int)response.StatusCode}");
                response.Dispose();
            }

            await Task.Delay(250);
        }

        return changes.GroupBy(c => c.Sku, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Delta), StringComparer.Ordinal);
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
