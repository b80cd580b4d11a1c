namespace Inventory.Azure.Tests.Emulators;

/// <summary>The tests that share one Cosmos DB emulator process.</summary>
[CollectionDefinition(Name)]
public sealed class CosmosEmulatorGroup : ICollectionFixture<CosmosEmulatorFixture>
{
    public const string Name = "Cosmos DB emulator";
}
