using Azure.Storage.Blobs;

namespace Inventory.Azure.Tests.Emulators;

/// <summary>Azurite's Blob service for the test run (see <see cref="AzuriteServiceFixture"/>).</summary>
public sealed class AzuriteBlobFixture() : AzuriteServiceFixture("blob")
{
    /// <summary>A client for the account.</summary>
    public BlobServiceClient Service => new(ConnectionString);

    /// <summary>Creates a container of its own and returns its name.</summary>
    public async Task<string> NewContainerAsync()
    {
        var name = $"exports-{Guid.NewGuid():N}"[..24];
        await Service.GetBlobContainerClient(name).CreateAsync();
        return name;
    }

    protected override async Task ProbeAsync()
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        await new BlobServiceClient(ConnectionString, options).GetPropertiesAsync();
    }
}
