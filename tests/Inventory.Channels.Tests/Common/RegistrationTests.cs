using Inventory.Channels.Common;
using Inventory.Channels.Shopify;
using Inventory.Channels.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inventory.Channels.Tests.Common;

public sealed class RegistrationTests
{
    [Fact]
    public void AddMarketplaceChannels_NothingConfigured_RegistersAllFive()
    {
        using var harness = ChannelHarness.Create();

        var names = harness.Services.GetServices<Core.Webhooks.IWebhookChannel>().Select(c => c.Name);

        Assert.Equal(ChannelNames.All, names);
    }

    [Fact]
    public void AddMarketplaceChannels_NothingConfigured_StartupValidationPasses()
    {
        using var harness = ChannelHarness.Create();

        var exception = Record.Exception(() => harness.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(exception);
    }

    [Fact]
    public void AddMarketplaceChannels_LocationWithPipe_FailsStartupValidation()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Shopify:Location"] = "WH|1",
        });

        Assert.Throws<OptionsValidationException>(
            () => harness.Services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void AddMarketplaceChannels_ApiBaseUrlNotAUrl_FailsStartupValidation()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Amazon:ApiBaseUrl"] = "nowhere",
        });

        Assert.Throws<OptionsValidationException>(
            () => harness.Services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void AddMarketplaceChannels_ChannelHeldLocations_AreBound()
    {
        using var harness = ChannelHarness.Create(new Dictionary<string, string?>
        {
            ["Channels:Shopify:ChannelHeldLocations:42"] = "SFN",
        });

        var options = harness.Services.GetRequiredService<IOptions<ShopifyOptions>>().Value;

        Assert.Equal("SFN", options.ChannelHeldLocations["42"]);
    }
}
