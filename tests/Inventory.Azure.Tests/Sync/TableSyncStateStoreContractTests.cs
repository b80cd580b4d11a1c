using Inventory.Azure.Sync;
using Inventory.Azure.Tests.Emulators;
using Inventory.Core.Sync;
using Inventory.Testing.Sync;

namespace Inventory.Azure.Tests.Sync;

/// <summary>The shared sync state contract, run against Azure Tables on Azurite.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class TableSyncStateStoreContractTests(AzuriteTableFixture azurite) : SyncStateStoreContract
{
    private readonly TableSyncStateStore _store = new(azurite.NewTable());

    protected override Task<ISyncStateStore> GetStoreAsync() => Task.FromResult<ISyncStateStore>(_store);
}
