using Inventory.Azure.Documents;
using Inventory.Azure.Tests.Emulators;
using Inventory.Core.Documents;
using Inventory.Testing.Documents;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Documents;

/// <summary>The shared document store contract, run against the Cosmos DB adapter on the npm emulator.</summary>
[Collection(CosmosEmulatorGroup.Name)]
public sealed class CosmosDocumentStoreContractTests(CosmosEmulatorFixture emulator)
    : DocumentStoreContract, IAsyncLifetime
{
    private string? _database;
    private IDocumentStore? _store;

    public async Task InitializeAsync()
    {
        var options = new CosmosDocumentStoreOptions
        {
            AccountEndpoint = emulator.Endpoint,
            DatabaseName = $"test-{Guid.NewGuid():N}",
        };
        await CosmosDocumentStoreSetup.EnsureCreatedAsync(emulator.Client, options);
        _database = options.DatabaseName;
        _store = new CosmosDocumentStore(emulator.Client, Options.Create(options), TimeProvider.System);
    }

    public Task DisposeAsync()
    {
        // Databases are left to die with the emulator: it reuses the ids of deleted collections, and the shared
        // client's partition-range cache then answers a new container's queries from the old one's (404, stale cache).
        return Task.CompletedTask;
    }

    protected override Task<IDocumentStore> GetStoreAsync() => Task.FromResult(_store!);
}
