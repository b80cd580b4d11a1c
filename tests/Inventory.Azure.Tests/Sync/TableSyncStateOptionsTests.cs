using Inventory.Azure.Sync;
using Inventory.Core.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Sync;

public sealed class TableSyncStateOptionsTests
{
    [Fact]
    public void AddTableSyncStateStore_NeitherUriNorConnectionString_FailsValidation()
    {
        using var provider = Build(new Dictionary<string, string?>());

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<TableSyncStateOptions>>().Value);

        Assert.Contains("Storage:TableServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTableSyncStateStore_BothUriAndConnectionString_FailsValidation()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Storage:TableServiceUri"] = "https://account.table.core.windows.net/",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        });

        Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<TableSyncStateOptions>>().Value);
    }

    [Fact]
    public void AddTableSyncStateStore_TableServiceUri_ResolvesTheTableStore()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Storage:TableServiceUri"] = "https://account.table.core.windows.net/",
        });

        var store = provider.GetRequiredService<ISyncStateStore>();

        Assert.IsType<TableSyncStateStore>(store);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddTableSyncStateStore(configuration).BuildServiceProvider();
    }
}
