using Inventory.Infra.Tests.Arm;
using Xunit;

namespace Inventory.Infra.Tests.Modules;

[Collection(CompiledMainTemplateGroup.Name)]
public sealed class FunctionAppTemplateTests(CompiledMainTemplate compiled)
{
    private const string SiteType = "Microsoft.Web/sites";
    private const string PlanType = "Microsoft.Web/serverfarms";

    private ArmResource FlexSite => ResourceOf("functionAppFlex", SiteType);

    private ArmResource PremiumSite => ResourceOf("functionAppPremium", SiteType);

    [Fact]
    public void MainParameters_HostingPlan_DefaultsToFlexConsumption()
    {
        var parameter = compiled.Template.Root.GetProperty("parameters").GetProperty("hostingPlan");

        Assert.Equal("FlexConsumption", parameter.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void FlexPlan_Sku_IsFlexConsumption()
    {
        var plan = ResourceOf("functionAppFlex", PlanType);

        Assert.Equal("FlexConsumption", plan.Element.GetProperty("sku").GetProperty("tier").GetString());
    }

    [Fact]
    public void FlexSite_AlwaysReady_IncludesHttpGroup()
    {
        var alwaysReady = FlexSite.Properties.GetProperty("functionAppConfig")
            .GetProperty("scaleAndConcurrency").GetProperty("alwaysReady");

        Assert.Contains(alwaysReady.EnumerateArray(), group => group.GetProperty("name").GetString() == "http");
    }

    [Theory]
    [InlineData("alwaysReadyInstanceCount")]
    public void MainParameters_AlwaysReadyInstances_AreAtLeastOne(string name)
    {
        var parameter = compiled.Template.Root.GetProperty("parameters").GetProperty(name);

        Assert.True(parameter.GetProperty("minValue").GetInt32() >= 1);
        Assert.True(parameter.GetProperty("defaultValue").GetInt32() >= 1);
    }

    [Fact]
    public void FlexSite_AlwaysReadyCount_CannotBeZero()
    {
        var parameter = FlexSite.DeclaringTemplate.GetProperty("parameters").GetProperty("alwaysReadyInstanceCount");

        Assert.True(parameter.GetProperty("minValue").GetInt32() >= 1);
    }

    [Fact]
    public void FlexSite_Runtime_IsDotnetIsolated10()
    {
        var runtime = FlexSite.Properties.GetProperty("functionAppConfig").GetProperty("runtime");

        Assert.Equal("dotnet-isolated", runtime.GetProperty("name").GetString());
        Assert.Equal("10.0", runtime.GetProperty("version").GetString());
    }

    [Fact]
    public void FlexSite_DeploymentStorage_UsesManagedIdentity()
    {
        var storage = FlexSite.Properties.GetProperty("functionAppConfig")
            .GetProperty("deployment").GetProperty("storage");

        var authentication = storage.GetProperty("authentication").GetProperty("type").GetString();

        Assert.Equal("SystemAssignedIdentity", authentication);
    }

    [Fact]
    public void PremiumPlan_Sku_IsEp1()
    {
        var plan = ResourceOf("functionAppPremium", PlanType);

        Assert.Equal("EP1", plan.Element.GetProperty("sku").GetProperty("name").GetString());
    }

    [Fact]
    public void PremiumSite_MinimumElasticInstances_CannotBeZero()
    {
        var count = PremiumSite.Properties.GetProperty("siteConfig").GetProperty("minimumElasticInstanceCount");
        var parameter = PremiumSite.DeclaringTemplate.GetProperty("parameters")
            .GetProperty("minimumElasticInstanceCount");

        Assert.Equal("[parameters('minimumElasticInstanceCount')]", count.GetString());
        Assert.True(parameter.GetProperty("minValue").GetInt32() >= 1);
    }

    [Fact]
    public void PremiumSite_Runtime_IsDotnetIsolated10()
    {
        var linuxFxVersion = PremiumSite.Properties.GetProperty("siteConfig").GetProperty("linuxFxVersion").GetString();

        Assert.Equal("DOTNET-ISOLATED|10.0", linuxFxVersion);
    }

    [Theory]
    [InlineData("functionAppFlex")]
    [InlineData("functionAppPremium")]
    public void Site_Identity_IsSystemAssigned(string deployment)
    {
        var site = ResourceOf(deployment, SiteType);

        Assert.Equal("SystemAssigned", site.Element.GetProperty("identity").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("functionAppFlex")]
    [InlineData("functionAppPremium")]
    public void Site_AzdServiceTag_NamesFunctionsService(string deployment)
    {
        var tags = ResourceOf(deployment, SiteType).Element.GetProperty("tags").GetString();

        Assert.Contains("'azd-service-name', 'functions'", tags, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("functionAppFlex")]
    [InlineData("functionAppPremium")]
    public void Site_Https_IsEnforced(string deployment)
    {
        Assert.True(ResourceOf(deployment, SiteType).Properties.GetProperty("httpsOnly").GetBoolean());
    }

    private ArmResource ResourceOf(string deployment, string type) => compiled.Template.InDeployment(deployment, type);
}
