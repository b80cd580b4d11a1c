namespace Inventory.Azure.Tests.Emulators;

/// <summary>The tests that share one Azurite Blob service process.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteBlobGroup : ICollectionFixture<AzuriteBlobFixture>
{
    public const string Name = "Azurite blobs";
}
