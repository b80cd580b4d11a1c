namespace Inventory.Azure.Tests.Emulators;

/// <summary>The tests that share one Azurite Table service process.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteTableFixture>
{
    public const string Name = "Azurite tables";
}
