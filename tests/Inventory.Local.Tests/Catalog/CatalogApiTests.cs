using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Inventory.Local.Tests.Catalog;

public sealed class CatalogApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task PutThenGet_ValidItem_RoundTrips()
    {
        var put = await host.Client.PutAsJsonAsync("/api/catalog/skus/CAT-1", new
        {
            title = "Blue mug", unitCost = 2.4m, price = 9.99m, supplier = "Acme", leadTimeDays = 12,
            leadTimeStdDevDays = 2.5, minimumOrderQuantity = 48, casePack = 12,
        });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var item = await host.GetJsonAsync("/api/catalog/skus/CAT-1");
        Assert.Equal(9.99m, item.GetProperty("price").GetDecimal());
        Assert.Equal(12, item.GetProperty("casePack").GetInt32());
    }

    [Fact]
    public async Task Put_NegativeCostAndZeroCasePack_Returns400NamingBoth()
    {
        var response = await host.Client.PutAsJsonAsync("/api/catalog/skus/CAT-2", new { unitCost = -1, casePack = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("unitCost", out _));
        Assert.True(errors.TryGetProperty("casePack", out _));
    }

    [Fact]
    public async Task Get_UnknownSku_Returns404()
    {
        var response = await host.Client.GetAsync(new Uri("/api/catalog/skus/NOPE", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
