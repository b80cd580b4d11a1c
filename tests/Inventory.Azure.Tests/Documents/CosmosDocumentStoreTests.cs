using System.Text.Json;
using Inventory.Azure.Documents;
using Inventory.Azure.Tests.Emulators;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Inventory.Azure.Tests.Documents;

/// <summary>What the Cosmos DB adapter promises beyond the shared contract: how its documents are stored.</summary>
[Collection(CosmosEmulatorGroup.Name)]
public sealed class CosmosDocumentStoreTests(CosmosEmulatorFixture emulator) : IAsyncLifetime
{
    private readonly CosmosDocumentStoreOptions _options = new()
    {
        AccountEndpoint = emulator.Endpoint,
        DatabaseName = $"test-{Guid.NewGuid():N}",
    };

    public Task InitializeAsync() => CosmosDocumentStoreSetup.EnsureCreatedAsync(emulator.Client, _options);

    public Task DisposeAsync()
    {
        // Databases are left to die with the emulator: it reuses the ids of deleted collections, and the shared
        // client's partition-range cache then answers a new container's queries from the old one's (404, stale cache).
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TryCreateAsync_IdWithSlash_StoresEncodedIdOriginalIdKindAndValueText()
    {
        var store = CreateStore(TimeProvider.System);

        await store.TryCreateAsync("transfers", "a/b", new Dictionary<string, decimal> { ["cost"] = 0.1m });

        var raw = await ReadRawAsync("~YS9i", "transfers");
        Assert.Equal("a/b", raw.GetProperty("originalId").GetString());
        Assert.Equal("transfers", raw.GetProperty("kind").GetString());
        Assert.Equal("{\"cost\":0.1}", raw.GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Number, raw.GetProperty("writtenTicks").ValueKind);
    }

    [Fact]
    public async Task ListAsync_ClockStandingStill_StillNewestWrittenFirst()
    {
        var store = CreateStore(new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        await store.TryCreateAsync("transfers", "a", "a");
        await store.TryCreateAsync("transfers", "b", "b");
        await store.UpsertAsync("transfers", "a", "a2");

        var listed = await store.ListAsync<string>("transfers", 10);

        Assert.Equal(["a2", "b"], listed);
    }

    private CosmosDocumentStore CreateStore(TimeProvider time) =>
        new(emulator.Client, Options.Create(_options), time);

    private async Task<JsonElement> ReadRawAsync(string storedId, string kind)
    {
        var container = emulator.Client.GetContainer(_options.DatabaseName, _options.DocumentContainerName);
        using var response = await container.ReadItemStreamAsync(storedId, new PartitionKey(kind));
        response.EnsureSuccessStatusCode();
        using var document = await JsonDocument.ParseAsync(response.Content);
        return document.RootElement.Clone();
    }
}
