using Inventory.Infra.Tests.Arm;
using Xunit;

namespace Inventory.Infra.Tests.Modules;

[Collection(CompiledMainTemplateGroup.Name)]
public sealed class RoleAssignmentTemplateTests(CompiledMainTemplate compiled)
{
    private const string RoleAssignmentType = "Microsoft.Authorization/roleAssignments";
    private const string AppAccess = "appAccess";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";

    public static TheoryData<string, string> RolesAndScopes => new()
    {
        { "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts" },
        { "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts" },
        { "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts" },
        { "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39", "Microsoft.ServiceBus/namespaces/queues" },
        { "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0", "Microsoft.ServiceBus/namespaces/queues" },
        { KeyVaultSecretsUser, "Microsoft.KeyVault/vaults" },
        { "3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components" },
    };

    private IEnumerable<ArmResource> AppAssignments =>
        compiled.Template.OfType(RoleAssignmentType).Where(assignment => assignment.Deployment == AppAccess);

    [Theory]
    [MemberData(nameof(RolesAndScopes))]
    public void AppRole_Assignment_IsScopedToItsOneResource(string roleId, string scopeType)
    {
        var assignment = Assert.Single(AppAssignments, assignment => RoleOf(assignment).Contains(roleId));

        Assert.StartsWith($"[resourceId('{scopeType}', ", assignment.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleAssignments_Every_HasResourceScope()
    {
        var unscoped = compiled.Template.OfType(RoleAssignmentType).Where(assignment => assignment.Scope is null);

        Assert.Empty(unscoped);
    }

    [Fact]
    public void RoleAssignments_Names_AreGuids()
    {
        var assignments = compiled.Template.OfType(RoleAssignmentType)
            .Concat(compiled.Template.OfType("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments"));

        Assert.All(assignments, assignment => Assert.Contains("guid(", assignment.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void AppAccess_AppIdentity_CannotWriteSecrets()
    {
        var parameters = compiled.Template.Module(AppAccess).Properties.GetProperty("parameters");

        Assert.False(parameters.GetProperty("canWriteSecrets").GetProperty("value").GetBoolean());
    }

    [Fact]
    public void SecretsOfficer_Assignment_OnlyWhenWritingIsAllowed()
    {
        var officer = Assert.Single(AppAssignments, assignment => RoleOf(assignment).Contains(KeyVaultSecretsOfficer));

        Assert.Equal("[parameters('canWriteSecrets')]", officer.Condition);
    }

    [Fact]
    public void SecretsUser_Assignment_WhenOnlyReading()
    {
        var reader = Assert.Single(AppAssignments, assignment => RoleOf(assignment).Contains(KeyVaultSecretsUser));

        Assert.Equal("[not(parameters('canWriteSecrets'))]", reader.Condition);
    }

    [Fact]
    public void AppAccess_Principal_IsTheFunctionAppIdentity()
    {
        var parameters = compiled.Template.Module(AppAccess).Properties.GetProperty("parameters");

        var principal = parameters.GetProperty("principalId").GetRawText();

        Assert.Contains("'functionAppFlex')", principal, StringComparison.Ordinal);
        Assert.Contains("'functionAppPremium')", principal, StringComparison.Ordinal);
        Assert.Contains("outputs.principalId.value", principal, StringComparison.Ordinal);
    }

    [Fact]
    public void DeveloperAccess_WithoutPrincipal_IsSkipped()
    {
        var developer = compiled.Template.Module("developerAccess");

        Assert.Equal("[not(empty(parameters('developerPrincipalId')))]", developer.Condition);
    }

    private static string RoleOf(ArmResource assignment) =>
        assignment.Properties.GetProperty("roleDefinitionId").GetString() ?? string.Empty;
}
