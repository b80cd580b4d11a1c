using System.Text.Json;
using Inventory.Infra.Tests.Arm;
using Xunit;

namespace Inventory.Infra.Tests.Modules;

[Collection(CompiledMainTemplateGroup.Name)]
public sealed class CosmosTemplateTests(CompiledMainTemplate compiled)
{
    private ArmResource Account => compiled.Template.Single("Microsoft.DocumentDB/databaseAccounts");

    private ArmResource Containers =>
        compiled.Template.Single("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers");

    [Fact]
    public void Account_LocalAuth_IsDisabled()
    {
        Assert.True(Account.Properties.GetProperty("disableLocalAuth").GetBoolean());
    }

    [Fact]
    public void MainParameters_CosmosCapacity_DefaultsToServerless()
    {
        var parameter = compiled.Template.Root.GetProperty("parameters").GetProperty("cosmosCapacityMode");

        Assert.Equal("Serverless", parameter.GetProperty("defaultValue").GetString());
    }

    [Theory]
    [InlineData("stock", "/sku")]
    [InlineData("ledger", "/sku")]
    [InlineData("reports", "/reportDate")]
    [InlineData("catalog", "/sku")]
    [InlineData("oversells", "/period")]
    [InlineData("config", "/kind")]
    public void Container_PartitionKey_MatchesItsDocuments(string container, string partitionKey)
    {
        var declaration = Container(container);

        Assert.Equal(partitionKey, declaration.GetProperty("partitionKey").GetString());
    }

    [Fact]
    public void Containers_PartitionKeyPath_ComesFromEachDeclaration()
    {
        var paths = Containers.Properties.GetProperty("resource").GetProperty("partitionKey").GetProperty("paths");

        Assert.EndsWith("[copyIndex()].partitionKey]", paths[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Containers_Count_IsSix()
    {
        Assert.Equal(6, ContainerDeclarations().Count());
    }

    [Theory]
    [InlineData("/costLayers/*")]
    [InlineData("/recentEntries/*")]
    [InlineData("/appliedMovementIds/*")]
    public void StockIndexing_GrowingArray_IsExcluded(string path)
    {
        var indexing = IndexingPolicy("stock");

        Assert.Contains(path, Paths(indexing, "excludedPaths"));
    }

    [Theory]
    [InlineData("stock")]
    [InlineData("ledger")]
    public void Indexing_SkuLocationAndSeq_AreIndexed(string container)
    {
        var included = Paths(IndexingPolicy(container), "includedPaths").ToList();

        Assert.All(
            new[] { "/sku/?", "/location/?", "/seq/?" },
            path => Assert.True(
                included.Contains(path) || included.Contains("/*"),
                $"{container} does not index {path}."));
    }

    [Fact]
    public void LedgerIndexing_UnqueriedPaths_AreExcluded()
    {
        Assert.Contains("/*", Paths(IndexingPolicy("ledger"), "excludedPaths"));
    }

    [Fact]
    public void SqlRoleAssignment_Role_IsBuiltInDataContributor()
    {
        var assignment = compiled.Template.OfType("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments").First();

        var role = assignment.Properties.GetProperty("roleDefinitionId").GetString();

        Assert.Contains("'00000000-0000-0000-0000-000000000002'", role, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlRoleAssignment_Scope_IsTheInventoryDatabase()
    {
        var assignment = compiled.Template.OfType("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments").First();

        var scope = assignment.Properties.GetProperty("scope").GetString();

        Assert.Contains("/dbs/", scope, StringComparison.Ordinal);
    }

    private IEnumerable<JsonElement> ContainerDeclarations() => Containers.CopyItems();

    private JsonElement Container(string name) =>
        ContainerDeclarations().Single(declaration => declaration.GetProperty("name").GetString() == name);

    private JsonElement IndexingPolicy(string container) =>
        Containers.Resolve(Container(container).GetProperty("indexingPolicy"));

    private static IEnumerable<string?> Paths(JsonElement indexingPolicy, string list) =>
        indexingPolicy.GetProperty(list).EnumerateArray().Select(path => path.GetProperty("path").GetString());
}
