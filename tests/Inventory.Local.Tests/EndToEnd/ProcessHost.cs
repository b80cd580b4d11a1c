using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inventory.Local.Tests.Webhooks;
using Inventory.Testing.Hosting;
using Inventory.Testing.Webhooks;

namespace Inventory.Local.Tests.EndToEnd;

/// <summary>
/// The local host as a separate process with every channel configured, over a data directory that outlives the
/// process, so a test can kill it and start it again. Also serves as a class fixture.
/// </summary>
public sealed class ProcessHost : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private LocalHostProcess? _process;

    public string DataDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "inventory-tests", "process-" + Guid.NewGuid().ToString("N"));

    public MarketplaceApi Api { get; } = new();

    public EbaySigningKey EbayKey { get; } = new(ChannelSettings.EbayKeyId);

    public HttpClient Client { get; private set; } = null!;

    public LocalHostProcess Process => _process ?? throw new InvalidOperationException("The host is not running.");

    public async Task InitializeAsync()
    {
        Api.ServeEbayKey(EbayKey);
        await StartAsync();
    }

    /// <summary>Starts the host (again) on the same data directory, on a new port.</summary>
    public async Task StartAsync()
    {
        Client?.Dispose();
        _process = await LocalHostProcess.StartAsync(
            LocalHostProcess.FindHostDll(AppContext.BaseDirectory),
            DataDirectory,
            [.. ChannelSettings.Arguments(Api.Url), "--Logging:LogLevel:Default=Warning"],
            StartTimeout);
        Client = _process.CreateClient(maxConnections: 32);
    }

    /// <summary>SIGKILLs the host: no shutdown, no flush, no goodbye.</summary>
    public void Kill() => Process.Kill();

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        Api.Dispose();
        EbayKey.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the test result is what matters.
        }
    }

    public async Task<HttpStatusCode> SendAsync(SignedDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        using var response = await Client.SendAsync(delivery.ToRequest());
        return response.StatusCode;
    }

    public async Task AdjustAsync(string sku, string location, int delta)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/stock/adjustments", UriKind.Relative),
            new { sku, location, delta, reason = "opening stock for the end-to-end test" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>On hand, committed, unavailable and in transit at the location, or null while it has no stock.</summary>
    public async Task<StockAt?> StockAsync(string sku, string location)
    {
        using var response = await Client.GetAsync(new Uri($"/api/stock/{sku}", UriKind.Relative));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var stock = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var at in stock.GetProperty("locations").EnumerateArray())
        {
            if (at.GetProperty("location").GetString() == location)
            {
                return new StockAt(at.GetProperty("onHand").GetInt32(), at.GetProperty("committed").GetInt32(),
                    at.GetProperty("unavailable").GetInt32(), at.GetProperty("inTransit").GetInt32());
            }
        }

        return null;
    }

    /// <summary>Waits until the SKU's stock at the location is <paramref name="expected"/>.</summary>
    public Task<StockAt?> WaitForStockAsync(string sku, string location, StockAt expected) =>
        Eventually.WaitAsync(() => StockAsync(sku, location), s => s == expected, $"{expected} on {sku} at {location}");

    /// <summary>Messages waiting in the inbox and messages dead-lettered.</summary>
    public async Task<(long Pending, long DeadLetters)> InboxAsync()
    {
        var inbox = await Client.GetFromJsonAsync<JsonElement>(new Uri("/api/health/inbox", UriKind.Relative));
        return (inbox.GetProperty("pending").GetInt64(), inbox.GetProperty("deadLetters").GetInt64());
    }

    /// <summary>Every ledger entry's movement id for the SKU, read page by page.</summary>
    public async Task<List<string>> LedgerMovementIdsAsync(string sku, int pageSize = 100)
    {
        var ids = new List<string>();
        string? continuation = null;
        do
        {
            var path = $"/api/stock/{sku}/ledger?pageSize={pageSize}"
                + (continuation is null ? string.Empty : $"&continuation={Uri.EscapeDataString(continuation)}");
            var page = await Client.GetFromJsonAsync<JsonElement>(new Uri(path, UriKind.Relative));
            ids.AddRange(page.GetProperty("entries").EnumerateArray()
                .Select(e => e.GetProperty("movementId").GetString()!));
            continuation = page.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String
                ? next.GetString()
                : null;
        }
        while (continuation is not null);

        return ids;
    }
}
