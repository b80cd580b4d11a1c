using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Inventory.Testing.Webhooks;

namespace Inventory.Local.Tests.Webhooks;

/// <summary>
/// The same HTTP-level cases for every channel: a signed delivery is applied; a bad, missing or stale signature is
/// 401; a malformed body is 400 naming the field; a body over the limit is 413; an unknown topic is 200 "ignored".
/// Every refusal is checked to have queued and changed nothing. Each channel's class says how its deliveries look.
/// </summary>
public abstract class WebhookMatrixTests(WebhookHostFixture host)
{
    protected WebhookHostFixture Host { get; } = host;

    /// <summary>The status a body with a negative quantity gets; 400 where the quantity is in the body.</summary>
    protected virtual HttpStatusCode NegativeQuantityStatus => HttpStatusCode.BadRequest;

    /// <summary>A valid delivery that commits <see cref="CommittedByValid"/> units of the SKU at WH-MAIN.</summary>
    protected abstract SignedDelivery Valid(string sku);

    protected virtual int CommittedByValid => 2;

    /// <summary>The same body signed with the right secret, another body.</summary>
    protected abstract SignedDelivery Sign(byte[] body);

    /// <summary>The delivery with its signature replaced by one that is well formed but wrong.</summary>
    protected abstract SignedDelivery BadSignature(SignedDelivery valid);

    protected abstract string SignatureHeader { get; }

    /// <summary>The body signed with a secret (or key) the host does not hold, neither current nor previous.</summary>
    protected abstract SignedDelivery StaleSecret(byte[] body);

    /// <summary>A body with a field of the wrong JSON type, and that field's path.</summary>
    protected abstract (SignedDelivery Delivery, string Field) WrongType(string sku);

    protected abstract (SignedDelivery Delivery, string Field) NegativeQuantity(string sku);

    protected abstract (SignedDelivery Delivery, string Field) MissingSkuAndListing(string sku);

    protected abstract SignedDelivery UnknownTopic();

    /// <summary>A valid delivery for the SKU padded past the host's body limit.</summary>
    protected abstract SignedDelivery Oversized(string sku);

    [Fact]
    public async Task Post_ValidSignedDelivery_Returns200AndAppliesMovement()
    {
        var sku = NewSku();

        using var response = await Host.SendAsync(Valid(sku));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", body.GetProperty("status").GetString());
        Assert.Equal(CommittedByValid, await Host.WaitForCommittedAsync(sku, "WH-MAIN", CommittedByValid));
    }

    [Fact]
    public async Task Post_BadSignature_Returns401AndAcceptsNothing()
    {
        var sku = NewSku();

        using var response = await Host.SendAsync(BadSignature(Valid(sku)));

        await AssertUnauthorizedAsync(response, sku);
    }

    [Fact]
    public async Task Post_MissingSignature_Returns401AndAcceptsNothing()
    {
        var sku = NewSku();

        using var response = await Host.SendAsync(Valid(sku).Without(SignatureHeader));

        await AssertUnauthorizedAsync(response, sku);
    }

    [Fact]
    public async Task Post_StaleSecret_Returns401AndAcceptsNothing()
    {
        var sku = NewSku();

        using var response = await Host.SendAsync(StaleSecret(Valid(sku).Body));

        await AssertUnauthorizedAsync(response, sku);
    }

    [Fact]
    public async Task Post_TruncatedJson_Returns400NamingBody()
    {
        var sku = NewSku();
        var body = Valid(sku).Body;

        using var response = await Host.SendAsync(Sign(body[..(body.Length / 2)]));

        await AssertInvalidAsync(response, "body", sku);
    }

    [Fact]
    public async Task Post_WrongType_Returns400NamingField()
    {
        var sku = NewSku();
        var (delivery, field) = WrongType(sku);

        using var response = await Host.SendAsync(delivery);

        await AssertInvalidAsync(response, field, sku);
    }

    [Fact]
    public async Task Post_NegativeQuantity_IsRefusedAndAcceptsNothing()
    {
        var sku = NewSku();
        var (delivery, field) = NegativeQuantity(sku);

        using var response = await Host.SendAsync(delivery);

        if (NegativeQuantityStatus == HttpStatusCode.BadRequest)
        {
            await AssertInvalidAsync(response, field, sku);
            return;
        }

        Assert.Equal(NegativeQuantityStatus, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await Host.AssertNothingAcceptedAsync(sku);
    }

    [Fact]
    public async Task Post_MissingSkuAndListingId_Returns400NamingSku()
    {
        var sku = NewSku();
        var (delivery, field) = MissingSkuAndListing(sku);

        using var response = await Host.SendAsync(delivery);

        await AssertInvalidAsync(response, field, sku);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413AndAcceptsNothing()
    {
        var sku = NewSku();
        var delivery = Oversized(sku);
        Assert.True(delivery.Body.Length > WebhookHostFixture.MaxBodyBytes);

        using var response = await Host.SendAsync(delivery);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await Host.AssertNothingAcceptedAsync(sku);
    }

    [Fact]
    public async Task Post_UnknownTopic_Returns200Ignored()
    {
        using var response = await Host.SendAsync(UnknownTopic());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ignored", body.GetProperty("status").GetString());
        Assert.Equal(0, Host.CountPending());
    }

    protected static string NewSku() => $"SKU-{WebhookHostFixture.NextId()}";

    protected static long NewId() => WebhookHostFixture.NextId();

    protected static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A JSON object with the given members first and a padding member that makes it too large.</summary>
    protected static string Padding => new('x', WebhookHostFixture.MaxBodyBytes + 100);

    private async Task AssertUnauthorizedAsync(HttpResponseMessage response, string sku)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await Host.AssertNothingAcceptedAsync(sku);
    }

    private async Task AssertInvalidAsync(HttpResponseMessage response, string field, string sku)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"No error for '{field}' in {errors}");
        await Host.AssertNothingAcceptedAsync(sku);
    }
}
