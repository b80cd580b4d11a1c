using System.Diagnostics;
using System.Globalization;

namespace Inventory.Benchmarks.Sync;

/// <summary>
/// Signed Shopify orders at a steady rate over a few SKUs; for each order, the time from its 200 (accepted) to the
/// moment all five fake channels have accepted a quantity that reflects it.
/// </summary>
/// <remarks>
/// <para>
/// Orders of one SKU are sent one after another (the next once the previous one is accepted), the SKUs side by side,
/// so the orders of a SKU have one order both in the inbox and here. Every order lowers the SKU's available
/// quantity; with the default rules each channel's target is the available quantity, so a push reflects order
/// <c>k</c> of a SKU, or a later one, exactly when its quantity is at most what was available after order <c>k</c>.
/// The acknowledgement of an order on a channel is the first such push; the fakes stamp it with the system clock, and
/// the driver stamps the 200 with the same clock on the same machine.
/// </para>
/// <para>
/// A push can be accepted a hair before the driver has read the 200 of its order; such latencies count as 0.
/// </para>
/// </remarks>
internal static class LatencyScenario
{
    private const int OpeningStock = 1_000_000;

    public static async Task<LatencyResult> RunAsync(
        IReadOnlyList<string> settings, double rate, TimeSpan duration, TimeSpan warmup, int skuCount)
    {
        var skus = Enumerable.Range(0, skuCount)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"LAT-{i:D4}"))
            .ToArray();
        await using var host = await SyncBenchHost.StartAsync(settings, Math.Max(16, skuCount));
        await host.SeedAsync(skus, OpeningStock);
        var available = skus.ToDictionary(s => s, _ => OpeningStock, StringComparer.Ordinal);

        // The warm-up runs the same load, so the measured orders meet a host that has compiled its paths.
        await DriveAsync(host, skus, available, rate, warmup);
        await SettleAsync(host, available);

        var load = LoadAverage.Read();
        var orders = await DriveAsync(host, skus, available, rate, duration);
        var settled = await host.WaitUntilSettledAsync(available, TimeSpan.FromMinutes(3));
        var records = await host.ReadRecordsAsync(skus);
        return LatencyResult.From(orders, (int)(rate * duration.TotalSeconds), records, settled, duration, load);
    }

    private static async Task SettleAsync(SyncBenchHost host, Dictionary<string, int> available)
    {
        if (!await host.WaitUntilSettledAsync(available, TimeSpan.FromMinutes(3)))
        {
            throw new TimeoutException("The channels did not reach their targets within 3 minutes of the warm-up.");
        }
    }

    /// <summary>
    /// Order <c>i</c> is due at <c>i / rate</c> seconds and goes to SKU <c>i mod skus</c>; each SKU's orders are sent
    /// in turn. <paramref name="available"/> is lowered by each accepted order.
    /// </summary>
    private static async Task<IReadOnlyList<SentOrder>> DriveAsync(
        SyncBenchHost host, string[] skus, Dictionary<string, int> available, double rate, TimeSpan duration)
    {
        var total = (int)(rate * duration.TotalSeconds);
        // A host that falls far behind would keep a lane sending long after the phase: stop it and report the gap.
        var deadline = (duration * 2) + TimeSpan.FromSeconds(10);
        var clock = Stopwatch.StartNew();
        var lanes = skus.Select((sku, lane) => Task.Run(async () =>
        {
            var sent = new List<SentOrder>();
            var left = available[sku];
            for (var i = lane; i < total && clock.Elapsed < deadline; i += skus.Length)
            {
                var due = TimeSpan.FromSeconds(i / rate);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                var late = clock.Elapsed - due;
                var quantity = (i % 3) + 1;
                var sentAt = DateTimeOffset.UtcNow;
                var ok = await host.PostOrderAsync(sku, quantity);
                var acceptedAt = DateTimeOffset.UtcNow;
                if (ok)
                {
                    left -= quantity;
                }

                sent.Add(new SentOrder(sku, ok, sentAt, acceptedAt, left, late));
            }

            return (sku, sent, left);
        })).ToArray();

        var done = await Task.WhenAll(lanes);
        foreach (var (sku, _, left) in done)
        {
            available[sku] = left;
        }

        return done.SelectMany(d => d.sent).ToArray();
    }
}
