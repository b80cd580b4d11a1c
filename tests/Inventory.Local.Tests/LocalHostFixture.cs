using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Inventory.Local.Tests;

/// <summary>The local host started in process on a free loopback port, over its own data directory.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string DataDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "inventory-tests", "local-" + Guid.NewGuid().ToString("N"));

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>Extra command-line arguments, set before the host starts.</summary>
    public IList<string> Arguments { get; } = [];

    public async Task InitializeAsync()
    {
        _app = LocalHost.Build(
        [
            "--urls", "http://127.0.0.1:0", "--data-dir", DataDirectory, "--Logging:LogLevel:Default=Warning",
            .. Arguments,
        ]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body, string? idempotencyKey = null) =>
        PostTextAsync(path, JsonSerializer.Serialize(body), idempotencyKey);

    public Task<HttpResponseMessage> PostTextAsync(string path, string body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return Client.SendAsync(request);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>On hand, committed, available, incoming and in transit of one SKU x location.</summary>
    public async Task<(int OnHand, int Committed, int Available, int Incoming, int InTransit)> QuantitiesAsync(
        string sku, string location)
    {
        var stock = await GetJsonAsync($"/api/stock/{sku}");
        var at = stock.GetProperty("locations").EnumerateArray()
            .Single(l => l.GetProperty("location").GetString() == location);
        return (at.GetProperty("onHand").GetInt32(), at.GetProperty("committed").GetInt32(),
            at.GetProperty("available").GetInt32(), at.GetProperty("incoming").GetInt32(),
            at.GetProperty("inTransit").GetInt32());
    }
}
