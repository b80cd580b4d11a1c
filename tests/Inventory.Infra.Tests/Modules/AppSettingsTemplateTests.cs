using System.Text.RegularExpressions;
using Inventory.Infra.Tests.Arm;
using Xunit;

namespace Inventory.Infra.Tests.Modules;

[Collection(CompiledMainTemplateGroup.Name)]
public sealed partial class AppSettingsTemplateTests(CompiledMainTemplate compiled)
{
    private IReadOnlyDictionary<string, string> Settings => AppSettings.From(compiled.Template);

    [Theory]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("AzureWebJobsStorage__credential")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING")]
    [InlineData("Cosmos__AccountEndpoint")]
    [InlineData("Cosmos__DatabaseName")]
    [InlineData("ServiceBus__FullyQualifiedNamespace")]
    [InlineData("ServiceBus__QueueName")]
    [InlineData("Storage__TableServiceUri")]
    [InlineData("Storage__BlobServiceUri")]
    [InlineData("Planning__ReportSchedule")]
    public void AppSettings_SettingTheAppReads_IsPresent(string name)
    {
        Assert.True(Settings.ContainsKey(name), $"The app settings lack {name}.");
    }

    [Theory]
    [InlineData("Channels__Shopify__WebhookSecret")]
    [InlineData("Channels__Shopify__PreviousWebhookSecret")]
    [InlineData("Channels__Amazon__SharedSecret")]
    [InlineData("Channels__Walmart__ClientSecret")]
    [InlineData("Channels__Ebay__VerificationToken")]
    [InlineData("Channels__Tiktok__AppSecret")]
    public void AppSettings_ChannelSecret_IsKeyVaultReference(string name)
    {
        var value = Settings[name];

        Assert.Contains("@Microsoft.KeyVault(VaultName=", value, StringComparison.Ordinal);
        Assert.Contains("SecretName=", value, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_StorageCredential_IsManagedIdentity()
    {
        Assert.Equal("managedidentity", Settings["AzureWebJobsStorage__credential"]);
    }

    [Fact]
    public void AppSettings_AppInsightsAuthentication_IsEntraId()
    {
        Assert.Equal("Authorization=AAD", Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void MainParameters_ReportSchedule_DefaultsToTwoAm()
    {
        var parameter = compiled.Template.Root.GetProperty("parameters").GetProperty("planningReportSchedule");

        Assert.Equal("0 0 2 * * *", parameter.GetProperty("defaultValue").GetString());
    }

    [Theory]
    [InlineData("AzureWebJobsStorage")]
    [InlineData("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    [InlineData("APPINSIGHTS_INSTRUMENTATIONKEY")]
    public void AppSettings_KeyBasedSetting_IsAbsent(string name)
    {
        Assert.False(Settings.ContainsKey(name), $"{name} would carry an account key or instrumentation key.");
    }

    [Fact]
    public void AppSettings_ConnectionStrings_OnlyAppInsightsAddress()
    {
        var connectionStrings = Settings.Keys
            .Where(name => name.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase)
                || name.Contains("CONNECTION_STRING", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(["APPLICATIONINSIGHTS_CONNECTION_STRING"], connectionStrings);
    }

    [Theory]
    [InlineData("AccountKey=")]
    [InlineData("SharedAccessKey")]
    [InlineData("InstrumentationKey=")]
    public void AppSettings_Values_CarryNoKey(string marker)
    {
        Assert.DoesNotContain(Settings, setting => setting.Value.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Template_Expressions_NeverListKeys()
    {
        var listCalls = compiled.Template.Strings().Where(text => ListFunction().IsMatch(text)).ToList();

        Assert.Empty(listCalls);
    }

    // listKeys, listConnectionStrings, listAccountSas, listSecrets and the like hand out credentials.
    [GeneratedRegex(@"\blist[A-Z]\w*\(", RegexOptions.CultureInvariant)]
    private static partial Regex ListFunction();
}
