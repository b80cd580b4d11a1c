using System.Net;
using Inventory.Local.Tests.Webhooks;
using Inventory.Testing.Webhooks;

namespace Inventory.Local.Tests.EndToEnd;

/// <summary>
/// The host is SIGKILLed while concurrent senders post distinct signed orders; after a restart on the same data the
/// senders retry what was not acknowledged, plus some duplicates of what was. Every order must be applied once.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Deliveries = 400;
    private const int Senders = 8;
    private const int KillAfter = Deliveries * 4 / 10;
    private static readonly string[] Skus = [.. Enumerable.Range(0, 4).Select(i => $"CRASH-{WebhookHostFixture.NextId()}-{i}")];

    private readonly ProcessHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Kill_MidStreamThenRetryAfterRestart_AppliesEveryOrderExactlyOnce()
    {
        var baseId = WebhookHostFixture.NextId() * 1000;
        var orders = Enumerable.Range(0, Deliveries).Select(i => new Order(
            baseId + i, Skus[i % Skus.Length], (i % 3) + 1)).ToArray();

        var acknowledged = await SendWithCrashAsync(orders);
        var acked = acknowledged.Count(a => a);
        Assert.InRange(acked, KillAfter / 2, Deliveries - 1);

        await _host.StartAsync();
        var retries = orders.Where((_, i) => !acknowledged[i] || i % 4 == 0).ToArray();
        var retried = await SendAllAsync(retries);
        Assert.All(retried, status => Assert.Equal(HttpStatusCode.OK, status));

        await Eventually.WaitAsync(_host.InboxAsync, inbox => inbox.Pending == 0, "the inbox to drain",
            TimeSpan.FromSeconds(180));
        Assert.Equal(0, (await _host.InboxAsync()).DeadLetters);
        foreach (var sku in Skus)
        {
            var mine = orders.Where(o => o.Sku == sku).ToArray();
            var stock = await _host.StockAsync(sku, "WH-MAIN");
            Assert.Equal(mine.Sum(o => o.Quantity), stock!.Committed);

            var ledger = await _host.LedgerMovementIdsAsync(sku, pageSize: 37);
            Assert.Equal(mine.Length, ledger.Count);
            Assert.Equal(mine.Select(o => o.MovementId).Order(StringComparer.Ordinal),
                ledger.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Sends every order once from concurrent senders, SIGKILLing the host after 40% were sent.</summary>
    private async Task<bool[]> SendWithCrashAsync(Order[] orders)
    {
        var acknowledged = new bool[orders.Length];
        var next = -1;
        var killed = 0;
        var client = _host.Client;
        var senders = Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < orders.Length)
            {
                if (i >= KillAfter && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    _host.Kill();
                }

                try
                {
                    using var response = await client.SendAsync(orders[i].Delivery().ToRequest());
                    acknowledged[i] = response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
                {
                    // The host died under this request: the marketplace saw no 200 and will redeliver.
                }
            }
        })).ToArray();
        await Task.WhenAll(senders);
        return acknowledged;
    }

    private async Task<HttpStatusCode[]> SendAllAsync(Order[] orders)
    {
        var statuses = new HttpStatusCode[orders.Length];
        var next = -1;
        var senders = Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < orders.Length)
            {
                statuses[i] = await _host.SendAsync(orders[i].Delivery());
            }
        })).ToArray();
        await Task.WhenAll(senders);
        return statuses;
    }

    private sealed record Order(long Id, string Sku, int Quantity)
    {
        public string MovementId => ShopifyPayloads.CommitId(Id, Id);

        public SignedDelivery Delivery() => WebhookSigner.Shopify(
            ChannelSettings.ShopifySecret, "orders/create", ShopifyPayloads.OrderCreated(Id, Id, Sku, Quantity));
    }
}
