using Inventory.Azure.Documents;
using Inventory.Azure.Tests.Emulators;
using Inventory.Core.Documents;
using Inventory.Testing.Documents;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Documents;

/// <summary>The shared document store contract, run against the Cosmos DB adapter on the npm emulator.</summary>
/// <remarks>
/// Every test of the contract writes to collections of its own, so all of them share one database. With a database
/// per test (over 70 for this class) the emulator began to give out a collection id the shared client had already
/// cached for another container, and a query in another test class failed with 404 "stale cache"; fewer
/// containers keep clear of that.
/// </remarks>
[Collection(CosmosEmulatorGroup.Name)]
public sealed class CosmosDocumentStoreContractTests(CosmosEmulatorFixture emulator) : DocumentStoreContract
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IDocumentStore? _shared;

    protected override async Task<IDocumentStore> GetStoreAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_shared is null)
            {
                var options = new CosmosDocumentStoreOptions
                {
                    AccountEndpoint = emulator.Endpoint,
                    DatabaseName = $"test-{Guid.NewGuid():N}",
                };
                await CosmosDocumentStoreSetup.EnsureCreatedAsync(emulator.Client, options);
                _shared = new CosmosDocumentStore(emulator.Client, Options.Create(options), TimeProvider.System);
            }

            return _shared;
        }
        finally
        {
            Gate.Release();
        }
    }
}
