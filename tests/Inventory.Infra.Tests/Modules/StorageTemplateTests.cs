using Inventory.Infra.Tests.Arm;
using Xunit;

namespace Inventory.Infra.Tests.Modules;

[Collection(CompiledMainTemplateGroup.Name)]
public sealed class StorageTemplateTests(CompiledMainTemplate compiled)
{
    private ArmResource Account => compiled.Template.Single("Microsoft.Storage/storageAccounts");

    [Fact]
    public void Account_SharedKeyAccess_IsDisabled()
    {
        Assert.False(Account.Properties.GetProperty("allowSharedKeyAccess").GetBoolean());
    }

    [Fact]
    public void Account_PublicBlobAccess_IsDisabled()
    {
        Assert.False(Account.Properties.GetProperty("allowBlobPublicAccess").GetBoolean());
    }

    [Fact]
    public void Account_MinimumTls_Is12()
    {
        Assert.Equal("TLS1_2", Account.Properties.GetProperty("minimumTlsVersion").GetString());
    }

    [Fact]
    public void Account_HttpsOnly_IsEnforced()
    {
        Assert.True(Account.Properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
    }

    [Fact]
    public void Containers_Exports_IsDeclaredPrivate()
    {
        var exports = compiled.Template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers")
            .Single(container => container.Name.Contains("'exports'", StringComparison.Ordinal));

        Assert.Equal("None", exports.Properties.GetProperty("publicAccess").GetString());
    }

    [Fact]
    public void Containers_FlexDeploymentPackage_IsDeclared()
    {
        var containers = compiled.Template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Contains(
            containers,
            container => container.Name.Contains("parameters('deploymentContainerName')", StringComparison.Ordinal));
    }
}
