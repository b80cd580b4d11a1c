using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Inventory.Local.Tests.Sync;

public sealed class ChannelRulesApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    [Fact]
    public async Task GetRules_ChannelNeverPut_ReturnsItsDefaultListing()
    {
        var rules = await host.GetJsonAsync("/api/channels/walmart/rules");

        var listing = rules.GetProperty("listings")[0];
        Assert.Equal("walmart", listing.GetProperty("listing").GetString());
        Assert.Equal(0, listing.GetProperty("bufferPercent").GetInt32());
    }

    [Fact]
    public async Task PutRules_Valid_StoredAndReturnedWithETag()
    {
        var response = await PutAsync("ebay", new { listings = new[] { new { listing = "ebay", bufferPercent = 20, maxListed = 5 } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var stored = await host.GetJsonAsync("/api/channels/ebay/rules");
        Assert.Equal(20, stored.GetProperty("listings")[0].GetProperty("bufferPercent").GetInt32());
    }

    [Fact]
    public async Task PutRules_BufferOver100_Returns400NamingTheField()
    {
        var response = await PutAsync("tiktok", new { listings = new[] { new { listing = "tiktok", bufferPercent = 150 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("listings[0].bufferPercent", out _), errors.ToString());
    }

    [Fact]
    public async Task PutRules_StaleIfMatch_Returns412()
    {
        await PutAsync("shopify", new { listings = new[] { new { listing = "shopify", fixedReserve = 1 } } });

        var response = await PutAsync("shopify", new { listings = new[] { new { listing = "shopify", fixedReserve = 2 } } },
            ifMatch: "\"stale-etag\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task GetRules_UnknownChannel_Returns404()
    {
        var response = await host.Client.GetAsync(new Uri("/api/channels/myspace/rules", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<HttpResponseMessage> PutAsync(string channel, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/channels/{channel}/rules")
        {
            Content = JsonContent.Create(body),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return host.Client.SendAsync(request);
    }
}
