using Inventory.Infra.Tests.Arm;
using Xunit;

namespace Inventory.Infra.Tests.Modules;

[Collection(CompiledMainTemplateGroup.Name)]
public sealed class MonitoringTemplateTests(CompiledMainTemplate compiled)
{
    private ArmResource AppInsights => compiled.Template.Single("Microsoft.Insights/components");

    [Fact]
    public void AppInsights_LocalAuth_IsDisabled()
    {
        Assert.True(AppInsights.Properties.GetProperty("DisableLocalAuth").GetBoolean());
    }

    [Fact]
    public void AppInsights_Workspace_IsLogAnalytics()
    {
        var workspace = AppInsights.Properties.GetProperty("WorkspaceResourceId").GetString();

        Assert.Contains("Microsoft.OperationalInsights/workspaces", workspace, StringComparison.Ordinal);
    }
}
