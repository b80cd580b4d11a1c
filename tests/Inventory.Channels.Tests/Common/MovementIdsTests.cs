using Inventory.Channels.Common;
using Inventory.Core.Stock;

namespace Inventory.Channels.Tests.Common;

public sealed class MovementIdsTests
{
    [Fact]
    public void Create_PlainParts_JoinsThemWithColons()
    {
        Assert.Equal(
            "shopify:order:1:line:2:commit", MovementIds.Create("shopify", "order", "1", "line", "2", "commit"));
    }

    [Fact]
    public void Create_PartWithForbiddenCharacters_IsDigestedStably()
    {
        var first = MovementIds.Create("shopify", "order", "gid://shopify/Order/1?x#y");
        var second = MovementIds.Create("shopify", "order", "gid://shopify/Order/1?x#y");

        Assert.Equal(first, second);
        Assert.DoesNotContain('/', first);
        Assert.DoesNotContain('?', first);
        Assert.DoesNotContain('#', first);
    }

    [Fact]
    public void Create_DifferentForbiddenParts_StayDifferent()
    {
        Assert.NotEqual(MovementIds.Create("x", "a/b"), MovementIds.Create("x", "a\\b"));
    }

    [Fact]
    public void Create_VeryLongParts_StaysWithinTheLimit()
    {
        var id = MovementIds.Create("amazon", "fba", new string('n', 39), new string('m', 39), new string('k', 39));

        Assert.True(id.Length <= MovementValidator.MaxIdentifierLength);
        Assert.StartsWith("amazon:", id, StringComparison.Ordinal);
    }
}
