using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Inventory.FakeMarketplaces;

/// <summary>
/// eBay Inventory API <c>/ebay/sell/inventory/v1/bulk_update_price_quantity</c> (at most 25 requests, a status per
/// SKU), <c>/ebay/sell/inventory/v1/inventory_item/{sku}</c> and the OAuth endpoint
/// <c>/ebay/identity/v1/oauth2/token</c> (refresh-token grant, Basic auth). A call over the limit is answered 429 with
/// <c>Retry-After</c>.
/// </summary>
internal sealed class EbayFake(FakeContext context)
{
    public const string Channel = "ebay";

    private readonly FakeRateLimit _limit =
        context.Limit(context.Options.EbayLimit.Rate, context.Options.EbayLimit.Burst);

    private readonly FakeTokens _tokens = new(context, Channel, "v^1.1#i^1#fake-", context.Options.EbayTokenLifetime);

    public void Map(WebApplication app)
    {
        app.MapPost("/ebay/identity/v1/oauth2/token", TokenAsync);
        app.MapPost("/ebay/sell/inventory/v1/bulk_update_price_quantity", BulkAsync);
        app.MapGet("/ebay/sell/inventory/v1/inventory_item/{sku}", GetAsync);
    }

    private async Task TokenAsync(HttpContext http)
    {
        await context.ReadAsync(http, Channel).ConfigureAwait(false);
        var (clientId, clientSecret, refreshToken) = context.Options.EbayCredentials;
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync().ConfigureAwait(false) : null;
        if (http.Request.Headers.Authorization.ToString() != expected || Field(form, "grant_type") != "refresh_token"
            || Field(form, "refresh_token") != refreshToken || string.IsNullOrEmpty(Field(form, "scope")))
        {
            await FakeContext.WriteAsync(http, 400, new JsonObject
            {
                ["error"] = "invalid_grant",
                ["error_description"] = "the provided authorization refresh token is invalid",
            }).ConfigureAwait(false);
            return;
        }

        await FakeContext.WriteAsync(http, 200, new JsonObject
        {
            ["access_token"] = _tokens.Issue(),
            ["expires_in"] = (int)_tokens.Lifetime.TotalSeconds,
            ["token_type"] = "User Access Token",
        }).ConfigureAwait(false);
    }

    private async Task BulkAsync(HttpContext http)
    {
        var body = await context.ReadAsync(http, Channel).ConfigureAwait(false);
        if (await RefuseAsync(http).ConfigureAwait(false))
        {
            return;
        }

        if (FakeContext.Json(body)?["requests"] is not JsonArray requests || requests.Count is 0 or > 25)
        {
            await FakeContext.WriteAsync(http, 400, Errors(25709, "requests must hold 1 to 25 entries."))
                .ConfigureAwait(false);
            return;
        }

        var responses = new JsonArray();
        var failed = false;
        foreach (var entry in requests)
        {
            var sku = entry?["sku"]?.GetValue<string>();
            var quantity = entry?["shipToLocationAvailability"]?["quantity"];
            if (sku is null || quantity is null)
            {
                failed = true;
                responses.Add(new JsonObject
                {
                    ["statusCode"] = 400,
                    ["sku"] = sku,
                    ["errors"] = Errors(25702, "sku and shipToLocationAvailability.quantity are required.")["errors"]!
                        .DeepClone(),
                });
                continue;
            }

            context.State.Accept(new AcceptedPush(Channel, sku, quantity.GetValue<int>(), null, context.Now));
            responses.Add(new JsonObject
            {
                ["statusCode"] = 200,
                ["sku"] = sku,
                ["errors"] = new JsonArray(),
                ["warnings"] = new JsonArray(),
            });
        }

        await FakeContext.WriteAsync(http, failed ? 207 : 200, new JsonObject { ["responses"] = responses })
            .ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext http, string sku)
    {
        await context.ReadAsync(http, Channel).ConfigureAwait(false);
        if (await RefuseAsync(http).ConfigureAwait(false))
        {
            return;
        }

        if (context.State.Quantity(Channel, sku) is not { } quantity)
        {
            await FakeContext.WriteAsync(http, 404, Errors(25710, "No inventory item with this SKU."))
                .ConfigureAwait(false);
            return;
        }

        await FakeContext.WriteAsync(http, 200, new JsonObject
        {
            ["sku"] = sku,
            ["availability"] = new JsonObject
            {
                ["shipToLocationAvailability"] = new JsonObject { ["quantity"] = quantity },
            },
        }).ConfigureAwait(false);
    }

    private async Task<bool> RefuseAsync(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.IsValid(authorization[7..]))
        {
            await FakeContext.WriteAsync(http, 401, Errors(1001, "Invalid access token.")).ConfigureAwait(false);
            return true;
        }

        if (!_limit.TryTake(1, out _, out var wait))
        {
            context.Throttled(http, Channel, 429);
            await ThrottleAsync(http, wait).ConfigureAwait(false);
            return true;
        }

        return await context.InjectFaultsAsync(http, Channel, asked => ThrottleAsync(http, asked))
            .ConfigureAwait(false);
    }

    private static Task ThrottleAsync(HttpContext http, TimeSpan wait) =>
        FakeContext.WriteAsync(http, 429, Errors(2001, "Too many requests."),
            new Dictionary<string, string> { ["Retry-After"] = FakeContext.Seconds(wait) });

    private static JsonObject Errors(int id, string message) => new()
    {
        ["errors"] = new JsonArray(new JsonObject { ["errorId"] = id, ["message"] = message }),
    };

    private static string? Field(Microsoft.AspNetCore.Http.IFormCollection? form, string name) =>
        form is not null && form.TryGetValue(name, out var value) ? value.ToString() : null;
}
