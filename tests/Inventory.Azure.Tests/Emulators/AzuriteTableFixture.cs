using Azure.Data.Tables;

namespace Inventory.Azure.Tests.Emulators;

/// <summary>Azurite's Table service for the test run (see <see cref="AzuriteServiceFixture"/>).</summary>
public sealed class AzuriteTableFixture() : AzuriteServiceFixture("table")
{
    /// <summary>A client for a new table of its own.</summary>
    public TableClient NewTable() =>
        new TableServiceClient(ConnectionString).GetTableClient($"sync{Guid.NewGuid():N}"[..20]);

    protected override async Task ProbeAsync()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        await foreach (var _ in new TableServiceClient(ConnectionString, options).QueryAsync(maxPerPage: 1))
        {
            break;
        }
    }
}
