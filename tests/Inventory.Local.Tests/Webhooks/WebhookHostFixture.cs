using System.Net;
using System.Threading;
using Inventory.Embedded.Inbox;
using Inventory.Testing.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Local.Tests.Webhooks;

/// <summary>
/// The local host in process with every channel's secret set, a small webhook body limit, and a fake marketplace
/// API serving eBay's key and the orders the adapters look up.
/// </summary>
public sealed class WebhookHostFixture : IAsyncLifetime, IDisposable
{
    /// <summary>The webhook body limit the host runs with.</summary>
    public const int MaxBodyBytes = 4096;

    private static long _nextId = DateTime.UtcNow.Ticks % 1_000_000_000;

    public MarketplaceApi Api { get; } = new();

    public EbaySigningKey EbayKey { get; } = new(ChannelSettings.EbayKeyId);

    /// <summary>A key eBay used once and has retired: its key id is no longer served.</summary>
    public EbaySigningKey RetiredEbayKey { get; } = new(ChannelSettings.RetiredEbayKeyId);

    public LocalHostFixture Host { get; } = new();

    public HttpClient Client => Host.Client;

    public async Task InitializeAsync()
    {
        Api.ServeEbayKey(EbayKey);
        Api.RetireEbayKey(RetiredEbayKey.KeyId);
        foreach (var argument in ChannelSettings.Arguments(Api.Url))
        {
            Host.Arguments.Add(argument);
        }

        Host.Arguments.Add($"--Api:MaxWebhookBodyBytes={MaxBodyBytes}");
        await Host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        Api.Dispose();
        EbayKey.Dispose();
        RetiredEbayKey.Dispose();
    }

    /// <summary>A number no other test of this run uses, for order, line and SKU names.</summary>
    public static long NextId() => Interlocked.Increment(ref _nextId);

    public Task<HttpResponseMessage> SendAsync(SignedDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return Client.SendAsync(delivery.ToRequest());
    }

    public long CountPending() => Host.Services.GetRequiredService<SqliteInbox>().CountPending();

    /// <summary>
    /// Committed units of the SKU at the location once it reaches <paramref name="expected"/>, and once the inbox is
    /// empty again: the consumer removes a message only after its whole round is applied, so stock can show a movement
    /// a moment before its message is gone, and the next test's check of an empty inbox would see it.
    /// </summary>
    public async Task<int> WaitForCommittedAsync(string sku, string location, int expected)
    {
        var committed = await Eventually.WaitAsync(
            async () => await StockStatusAsync(sku) == HttpStatusCode.OK
                ? (await Host.QuantitiesAsync(sku, location)).Committed
                : -1,
            c => c == expected,
            $"{expected} units committed on {sku} at {location}");
        await Eventually.WaitAsync(() => Task.FromResult(CountPending()), p => p == 0, "an empty inbox");
        return committed;
    }

    public async Task<HttpStatusCode> StockStatusAsync(string sku)
    {
        using var response = await Client.GetAsync(new Uri($"/api/stock/{sku}", UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>
    /// Proves a refused delivery left nothing behind: the inbox is empty, and after a later valid delivery has been
    /// applied (so anything queued before it would have been too) the SKU still has no stock.
    /// </summary>
    public async Task AssertNothingAcceptedAsync(string sku)
    {
        Assert.Equal(0, CountPending());

        var barrierSku = $"BARRIER-{NextId()}";
        var order = NextId();
        using var response = await SendAsync(WebhookSigner.Shopify(
            ChannelSettings.ShopifySecret, "orders/create", ShopifyPayloads.OrderCreated(order, order, barrierSku, 1)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await WaitForCommittedAsync(barrierSku, "WH-MAIN", 1);
        await Eventually.WaitAsync(() => Task.FromResult(CountPending()), p => p == 0, "an empty inbox");

        Assert.Equal(HttpStatusCode.NotFound, await StockStatusAsync(sku));
    }
}
