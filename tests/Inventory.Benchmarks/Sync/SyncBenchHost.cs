using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inventory.Testing.Hosting;
using Inventory.Testing.Webhooks;

namespace Inventory.Benchmarks.Sync;

/// <summary>
/// A fresh local host with <c>--fake-channels</c> in its own process and data directory, and what the sync scenarios
/// ask of it: opening stock, signed Shopify orders, waiting until every channel shows its target, and the fakes'
/// records. The reconciliation timer is off, so every push measured comes from a webhook.
/// </summary>
internal sealed class SyncBenchHost : IAsyncDisposable
{
    public const string Location = "WH-MAIN";

    private const string Secret = "sync-bench-shopify-secret";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly LocalHostProcess _host;
    private readonly string _directory;
    private readonly long _orderBase = DateTime.UtcNow.Ticks / 1000;
    private long _nextOrder;

    private SyncBenchHost(LocalHostProcess host, string directory, HttpClient client)
    {
        _host = host;
        _directory = directory;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<SyncBenchHost> StartAsync(IEnumerable<string> settings, int connections)
    {
        var hostDll = LocalHostProcess.FindHostDll(AppContext.BaseDirectory);
        var directory = Path.Combine(Path.GetTempPath(), "inventory-bench", "sync-" + Guid.NewGuid().ToString("N"));
        var host = await LocalHostProcess.StartAsync(hostDll, directory,
            [
                "--fake-channels",
                $"--Channels:Shopify:WebhookSecret={Secret}",
                "--Embedded:Reconciliation:Enabled=false",
                "--Logging:LogLevel:Default=Warning",
                .. settings,
            ],
            TimeSpan.FromSeconds(120));
        return new SyncBenchHost(host, directory, host.CreateClient(connections));
    }

    /// <summary>Opening stock of <paramref name="quantity"/> on each SKU at the one location.</summary>
    public async Task SeedAsync(IEnumerable<string> skus, int quantity)
    {
        foreach (var sku in skus)
        {
            using var response = await Client.PostAsJsonAsync(new Uri("/api/stock/adjustments", UriKind.Relative),
                new { sku, location = Location, delta = quantity, reason = "sync benchmark opening stock" });
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Posts a signed <c>orders/create</c> of one line; true when the host answered 200 (accepted).</summary>
    public async Task<bool> PostOrderAsync(string sku, int quantity)
    {
        var id = _orderBase + Interlocked.Increment(ref _nextOrder);
        var body = ShopifyPayloads.OrderCreated(id, id, sku, quantity);
        using var request = WebhookSigner.Shopify(Secret, "orders/create", body,
            webhookId: id.ToString(CultureInfo.InvariantCulture)).ToRequest();
        try
        {
            using var response = await Client.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>
    /// Waits until every pushed listing of every SKU shows <paramref name="available"/> of that SKU as its target, was
    /// last told it, and has nothing pending: the SKU's stock is applied and every channel has acknowledged it.
    /// Returns false on timeout.
    /// </summary>
    public async Task<bool> WaitUntilSettledAsync(IReadOnlyDictionary<string, int> available, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var waiting = new HashSet<string>(available.Keys, StringComparer.Ordinal);
        while (clock.Elapsed < timeout)
        {
            foreach (var sku in waiting.ToArray())
            {
                if (await IsSettledAsync(sku, available[sku]))
                {
                    waiting.Remove(sku);
                }
            }

            if (waiting.Count == 0)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    public async Task<FakeRecords> ReadRecordsAsync(IEnumerable<string> skus)
    {
        var query = string.Join('&', skus.Select(s => "sku=" + Uri.EscapeDataString(s)));
        var records = await Client.GetFromJsonAsync<FakeRecords>(
            new Uri("/api/fake-channels/pushes?" + query, UriKind.Relative), Json);
        return records ?? throw new InvalidOperationException("The host answered no fake channel records.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<bool> IsSettledAsync(string sku, int available)
    {
        using var response = await Client.GetAsync(new Uri($"/api/stock/{Uri.EscapeDataString(sku)}/channels",
            UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var pushed = document.RootElement.GetProperty("listings").EnumerateArray()
            .Where(l => l.GetProperty("pushed").GetBoolean())
            .ToArray();
        if (pushed.Length == 0)
        {
            return false;
        }

        foreach (var listing in pushed)
        {
            var target = listing.GetProperty("target").GetInt32();
            if (target != available)
            {
                // With the default rules every channel lists all that is available; anything else is a different
                // setup whose figures the matching of pushes to orders would misread.
                if (target > available)
                {
                    return false;
                }

                throw new InvalidOperationException(
                    $"Channel {listing.GetProperty("channel").GetString()} targets {target} for SKU {sku} while "
                    + $"{available} is available; the benchmark needs the default rules (no buffers or caps).");
            }

            // The API leaves out null fields: no pending push, or nothing published yet.
            if (!listing.TryGetProperty("lastPublished", out var published)
                || published.ValueKind != JsonValueKind.Number || published.GetInt32() != target
                || (listing.TryGetProperty("pending", out var pending) && pending.ValueKind != JsonValueKind.Null))
            {
                return false;
            }
        }

        return true;
    }
}
