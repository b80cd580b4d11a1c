using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Inventory.Local.Tests.Operations;

public sealed class OperationsApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task PostAdjustment_ValidDelta_AppliesAndReturnsQuantities()
    {
        var response = await host.PostJsonAsync("/api/stock/adjustments",
            new { sku = "ADJ-1", location = "WH-MAIN", delta = 7, reason = "found in aisle 3" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("applied", body.GetProperty("status").GetString());
        Assert.Equal(7, body.GetProperty("quantities").GetProperty("onHand").GetInt32());
    }

    [Fact]
    public async Task PostAdjustment_MoreThanOnHand_Returns422NamingStateAndChangesNothing()
    {
        await host.PostJsonAsync("/api/stock/adjustments", new { sku = "ADJ-2", location = "WH", delta = 2, reason = "r" });

        var response = await host.PostJsonAsync("/api/stock/adjustments",
            new { sku = "ADJ-2", location = "WH", delta = -5, reason = "write-off" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("onHand", problem.GetProperty("state").GetString());
        Assert.Equal(2, problem.GetProperty("current").GetInt32());
        Assert.Equal(5, problem.GetProperty("requested").GetInt32());
        Assert.Equal(2, (await host.QuantitiesAsync("ADJ-2", "WH")).OnHand);
    }

    [Fact]
    public async Task PostAdjustment_MissingFields_Returns400ListingEachField()
    {
        var response = await host.PostJsonAsync("/api/stock/adjustments", new { reason = "r" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("sku", out _));
        Assert.True(errors.TryGetProperty("location", out _));
        Assert.True(errors.TryGetProperty("delta", out _));
    }

    [Theory]
    [InlineData("""{"sku":"A","location":"WH","delta":"seven","reason":"r"}""", "$.delta")]
    [InlineData("""{"sku":"A","location":"WH","delta":7""", "$.delta")]
    [InlineData("""[1,2]""", "$")]
    public async Task PostAdjustment_BadJson_Returns400NamingThePath(string body, string path)
    {
        var response = await host.PostTextAsync("/api/stock/adjustments", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(path, out _), errors.ToString());
    }

    [Fact]
    public async Task PostAdjustment_BodyOverLimit_Returns413()
    {
        var response = await host.PostTextAsync("/api/stock/adjustments", new string(' ', 300 * 1024) + "{}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostAdjustment_SameIdempotencyKeyTwice_ReplaysFirstResponseAndAppliesOnce()
    {
        var request = new { sku = "IDEM-1", location = "WH", delta = 3, reason = "r" };

        var first = await host.PostJsonAsync("/api/stock/adjustments", request, "key-idem-1");
        var second = await host.PostJsonAsync("/api/stock/adjustments", request, "key-idem-1");

        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(3, (await host.QuantitiesAsync("IDEM-1", "WH")).OnHand);
    }

    [Fact]
    public async Task PostAdjustment_IdempotencyKeyReusedWithOtherBody_Returns422()
    {
        await host.PostJsonAsync("/api/stock/adjustments", new { sku = "IDEM-2", location = "WH", delta = 3, reason = "r" },
            "key-idem-2");

        var response = await host.PostJsonAsync("/api/stock/adjustments",
            new { sku = "IDEM-2", location = "WH", delta = 4, reason = "r" }, "key-idem-2");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(3, (await host.QuantitiesAsync("IDEM-2", "WH")).OnHand);
    }

    [Fact]
    public async Task PostCount_CountedQuantity_SetsOnHand()
    {
        await host.PostJsonAsync("/api/stock/adjustments", new { sku = "CNT-1", location = "WH", delta = 10, reason = "r" });

        var response = await host.PostJsonAsync("/api/stock/counts", new { sku = "CNT-1", location = "WH", countedQuantity = 6 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, (await host.QuantitiesAsync("CNT-1", "WH")).OnHand);
    }

    [Fact]
    public async Task PurchaseOrder_PlacedThenReceivedInTwoParts_MovesIncomingToOnHand()
    {
        var placed = await host.PostJsonAsync("/api/purchase-orders", new
        {
            id = "PO-1001", supplier = "Acme",
            lines = new[] { new { sku = "PO-SKU", location = "WH", quantity = 10, unitCost = 2.5m, eta = "2026-12-20" } },
        });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        Assert.Equal(10, (await host.QuantitiesAsync("PO-SKU", "WH")).Incoming);

        await host.PostJsonAsync("/api/purchase-orders/PO-1001/receipts",
            new { receiptId = "R1", lines = new[] { new { line = 1, quantity = 4 } } });
        var second = await host.PostJsonAsync("/api/purchase-orders/PO-1001/receipts",
            new { receiptId = "R2", lines = new[] { new { line = 1, quantity = 6 } } });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var q = await host.QuantitiesAsync("PO-SKU", "WH");
        Assert.Equal((10, 0), (q.OnHand, q.Incoming));
        var stock = await host.GetJsonAsync("/api/stock/PO-SKU");
        Assert.Equal(25m, stock.GetProperty("totals").GetProperty("inventoryValue").GetDecimal());
    }

    [Fact]
    public async Task PurchaseOrderReceipt_MoreThanOutstanding_Returns400AndChangesNothing()
    {
        await host.PostJsonAsync("/api/purchase-orders", new
        {
            id = "PO-1002", lines = new[] { new { sku = "PO-SKU2", location = "WH", quantity = 3, unitCost = 1m } },
        });

        var response = await host.PostJsonAsync("/api/purchase-orders/PO-1002/receipts",
            new { lines = new[] { new { line = 1, quantity = 4 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await host.QuantitiesAsync("PO-SKU2", "WH")).OnHand);
    }

    [Fact]
    public async Task PurchaseOrderReceipt_UnknownOrder_Returns404()
    {
        var response = await host.PostJsonAsync("/api/purchase-orders/NOPE/receipts",
            new { lines = new[] { new { line = 1, quantity = 1 } } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Transfer_ShippedThenReceived_MovesStockWithItsCost()
    {
        await host.PostJsonAsync("/api/purchase-orders", new
        {
            id = "PO-T1", lines = new[] { new { sku = "TR-SKU", location = "WH-A", quantity = 8, unitCost = 3m } },
        });
        await host.PostJsonAsync("/api/purchase-orders/PO-T1/receipts", new { lines = new[] { new { line = 1, quantity = 8 } } });

        var shipped = await host.PostJsonAsync("/api/transfers",
            new { id = "T-1", sku = "TR-SKU", fromLocation = "WH-A", toLocation = "WH-B", quantity = 5 });
        Assert.Equal(HttpStatusCode.Created, shipped.StatusCode);
        Assert.Equal(5, (await host.QuantitiesAsync("TR-SKU", "WH-B")).InTransit);

        var received = await host.PostJsonAsync("/api/transfers/T-1/receipt", new { });

        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var b = await host.QuantitiesAsync("TR-SKU", "WH-B");
        Assert.Equal((5, 0), (b.OnHand, b.InTransit));
        Assert.Equal(3, (await host.QuantitiesAsync("TR-SKU", "WH-A")).OnHand);
        var stock = await host.GetJsonAsync("/api/stock/TR-SKU");
        Assert.Equal(24m, stock.GetProperty("totals").GetProperty("inventoryValue").GetDecimal());
    }

    [Fact]
    public async Task Transfer_MoreThanAvailable_Returns422()
    {
        await host.PostJsonAsync("/api/stock/adjustments", new { sku = "TR-2", location = "WH-A", delta = 1, reason = "r" });

        var response = await host.PostJsonAsync("/api/transfers",
            new { sku = "TR-2", fromLocation = "WH-A", toLocation = "WH-B", quantity = 2 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task GetLedger_Paged_ReturnsNewestFirstWithContinuation()
    {
        for (var i = 1; i <= 3; i++)
        {
            await host.PostJsonAsync("/api/stock/adjustments", new { sku = "LED-1", location = "WH", delta = i, reason = "r" });
        }

        var first = await host.GetJsonAsync("/api/stock/LED-1/ledger?pageSize=2");
        var token = Uri.EscapeDataString(first.GetProperty("continuation").GetString()!);
        var second = await host.GetJsonAsync($"/api/stock/LED-1/ledger?pageSize=2&continuation={token}");

        var quantities = first.GetProperty("entries").EnumerateArray()
            .Concat(second.GetProperty("entries").EnumerateArray())
            .Select(e => e.GetProperty("quantity").GetInt32());
        Assert.Equal([3, 2, 1], quantities);
        Assert.False(second.TryGetProperty("continuation", out _));
    }

    [Theory]
    [InlineData("/api/stock/LED-X/ledger?pageSize=0")]
    [InlineData("/api/stock/LED-X/ledger?continuation=bogus")]
    public async Task GetLedger_BadQuery_Returns400(string path)
    {
        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetStock_UnknownSku_Returns404Problem()
    {
        var response = await host.Client.GetAsync(new Uri("/api/stock/NEVER-SEEN", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task PutListing_ThenGet_MappingStored()
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/channels/ebay/listings/1234567890")
        {
            Content = JsonContent.Create(new { sku = "MUG-RED" }),
        };

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("MUG-RED", body.GetProperty("sku").GetString());
    }

    [Fact]
    public async Task GetOversells_AfterCommitBeyondStock_ListsIncident()
    {
        await host.PostJsonAsync("/api/stock/counts", new { sku = "OVR-1", location = "WH", countedQuantity = 0 });

        var response = await host.Client.GetAsync(new Uri("/api/oversells?sku=OVR-1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incidents").GetArrayLength());
    }

    [Fact]
    public async Task PostWebhook_UnknownChannel_Returns404()
    {
        var response = await host.PostTextAsync("/api/webhooks/myspace", "{}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
