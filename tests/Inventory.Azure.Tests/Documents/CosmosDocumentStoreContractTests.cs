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

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await emulator.Client.GetDatabase(_database).DeleteAsync();
        }
    }

    protected override Task<IDocumentStore> GetStoreAsync() => Task.FromResult(_store!);
}
