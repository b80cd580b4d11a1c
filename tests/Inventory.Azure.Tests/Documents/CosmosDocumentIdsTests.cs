using System.Buffers.Text;
using System.Text;
using Inventory.Azure.Documents;

namespace Inventory.Azure.Tests.Documents;

public sealed class CosmosDocumentIdsTests
{
    [Theory]
    [InlineData("PO-2025-0042")]
    [InlineData("SKU-1|WH-MAIN")]
    [InlineData("shopify:listing_9.1")]
    public void Encode_PlainId_KeepsIt(string id)
    {
        Assert.Equal(id, CosmosDocumentIds.Encode(id));
    }

    [Fact]
    public void Encode_IdWithSlash_IsMarkedBase64UrlOfUtf8()
    {
        Assert.Equal("~YS9i", CosmosDocumentIds.Encode("a/b"));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("~YS9i")]
    [InlineData("a b")]
    [InlineData("caf\u00e9")]
    [InlineData(".")]
    [InlineData("")]
    public void Encode_EncodedForm_DecodesToOriginal(string id)
    {
        var stored = CosmosDocumentIds.Encode(id);

        Assert.StartsWith("~", stored, StringComparison.Ordinal);
        Assert.Equal(id, Encoding.UTF8.GetString(Base64Url.DecodeFromChars(stored.AsSpan(1))));
    }

    [Theory]
    [InlineData("a/b", 1)]
    [InlineData("x", 200)]
    [InlineData("\U0001F4E6", 300)]
    [InlineData("po/2025?#", 120)]
    public void Encode_AnyId_HasNoForbiddenCharacterAndFitsCosmosLimit(string part, int times)
    {
        var stored = CosmosDocumentIds.Encode(string.Concat(Enumerable.Repeat(part, times)));

        Assert.True(stored.Length <= 255, $"'{stored}' is {stored.Length} characters long.");
        Assert.True(stored.AsSpan().IndexOfAny("/\\?#") < 0, $"'{stored}' holds a character Cosmos DB refuses.");
    }

    [Fact]
    public void Encode_LongIds_AreHashedAndKeptApart()
    {
        var first = CosmosDocumentIds.Encode(new string('x', 300));
        var second = CosmosDocumentIds.Encode(new string('x', 299) + "y");

        Assert.StartsWith("~~", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Encode_LoneSurrogate_ThrowsNamingTheId()
    {
        var error = Assert.Throws<ArgumentException>(() => CosmosDocumentIds.Encode("po-\ud800"));

        Assert.Equal("id", error.ParamName);
    }
}
