using System.Diagnostics;

namespace Inventory.Benchmarks.Sync;

/// <summary>
/// A burst of order webhooks on one SKU (1,000 within 10 s by default); once every channel shows the final quantity,
/// the pushes and throttles each fake recorded since the burst began, beside what its limit allows in that time.
/// </summary>
internal static class BurstScenario
{
    private const string Sku = "BURST-0001";
    private const int OpeningStock = 100_000;
    private const int Senders = 8;

    public static async Task<BurstResult> RunAsync(IReadOnlyList<string> settings, int orders, TimeSpan within)
    {
        await using var host = await SyncBenchHost.StartAsync(settings, Senders);
        await host.SeedAsync([Sku], OpeningStock);
        var available = new Dictionary<string, int>(StringComparer.Ordinal) { [Sku] = OpeningStock };
        if (!await host.WaitUntilSettledAsync(available, TimeSpan.FromMinutes(2)))
        {
            throw new TimeoutException("The channels did not take the opening stock within 2 minutes.");
        }

        // Quiet for longer than any bucket takes to refill from empty, so every limit starts the burst full.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var load = LoadAverage.Read();
        var started = DateTimeOffset.UtcNow;
        var accepted = await SendAsync(host, orders, within);
        var sent = DateTimeOffset.UtcNow;

        available[Sku] = OpeningStock - accepted;
        var settled = await host.WaitUntilSettledAsync(available, TimeSpan.FromMinutes(3));
        var records = await host.ReadRecordsAsync([Sku]);
        return BurstResult.From(records, started, sent, accepted, orders, available[Sku], settled, load);
    }

    /// <summary>Order <c>i</c> of one unit is due at <c>i × within / orders</c>; returns how many were accepted.
    /// </summary>
    private static async Task<int> SendAsync(SyncBenchHost host, int orders, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        var lanes = Enumerable.Range(0, Senders).Select(lane => Task.Run(async () =>
        {
            var ok = 0;
            for (var i = lane; i < orders; i += Senders)
            {
                var due = within * i / orders;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed);
                }

                ok += await host.PostOrderAsync(Sku, 1) ? 1 : 0;
            }

            return ok;
        })).ToArray();
        return (await Task.WhenAll(lanes)).Sum();
    }
}
