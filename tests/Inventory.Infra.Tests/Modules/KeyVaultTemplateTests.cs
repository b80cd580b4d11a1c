using Inventory.Infra.Tests.Arm;
using Xunit;

namespace Inventory.Infra.Tests.Modules;

[Collection(CompiledMainTemplateGroup.Name)]
public sealed class KeyVaultTemplateTests(CompiledMainTemplate compiled)
{
    private ArmResource Vault => compiled.Template.Single("Microsoft.KeyVault/vaults");

    [Fact]
    public void Vault_Authorization_UsesRbac()
    {
        Assert.True(Vault.Properties.GetProperty("enableRbacAuthorization").GetBoolean());
    }

    [Fact]
    public void Vault_AccessPolicies_AreAbsent()
    {
        Assert.False(Vault.Properties.TryGetProperty("accessPolicies", out _));
    }

    [Fact]
    public void Vault_SoftDelete_IsEnabled()
    {
        Assert.True(Vault.Properties.GetProperty("enableSoftDelete").GetBoolean());
    }

    [Fact]
    public void Vault_PurgeProtection_IsEnabled()
    {
        Assert.True(Vault.Properties.GetProperty("enablePurgeProtection").GetBoolean());
    }
}
