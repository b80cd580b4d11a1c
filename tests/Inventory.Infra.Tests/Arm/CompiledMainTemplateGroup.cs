using Xunit;

namespace Inventory.Infra.Tests.Arm;

/// <summary>Shares one compilation of the main template across the test classes that read it.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledMainTemplateGroup : ICollectionFixture<CompiledMainTemplate>
{
    public const string Name = "Compiled main template";
}
