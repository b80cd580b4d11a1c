using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Inventory.FakeMarketplaces;

/// <summary>
/// Walmart Marketplace <c>/walmart/v3/inventory?sku=</c> (PUT and GET) and <c>/walmart/v3/token</c> (client
/// credentials, Basic auth). Every call needs <c>WM_SVC.NAME</c> and <c>WM_QOS.CORRELATION_ID</c>; inventory calls
/// need <c>WM_SEC.ACCESS_TOKEN</c>. A call over the limit is answered 429 with <c>x-current-token-count</c> and
/// <c>x-next-replenish-time</c> (Unix milliseconds).
/// </summary>
internal sealed class WalmartFake(FakeContext context)
{
    public const string Channel = "walmart";

    private readonly FakeRateLimit _limit =
        context.Limit(context.Options.WalmartLimit.Rate, context.Options.WalmartLimit.Burst);

    private readonly FakeTokens _tokens = new(context, Channel, "wm-fake-", context.Options.WalmartTokenLifetime);

    public void Map(WebApplication app)
    {
        app.MapPost("/walmart/v3/token", TokenAsync);
        app.MapPut("/walmart/v3/inventory", PutAsync);
        app.MapGet("/walmart/v3/inventory", GetAsync);
    }

    private async Task TokenAsync(HttpContext http)
    {
        await context.ReadAsync(http, Channel).ConfigureAwait(false);
        var (clientId, clientSecret) = context.Options.WalmartCredentials;
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync().ConfigureAwait(false) : null;
        if (MissingServiceHeaders(http) is { } missing)
        {
            await FakeContext.WriteAsync(http, 400, Errors("INVALID_REQUEST_HEADER", missing)).ConfigureAwait(false);
            return;
        }

        if (http.Request.Headers.Authorization.ToString() != expected
            || Field(form, "grant_type") != "client_credentials")
        {
            await FakeContext.WriteAsync(http, 401, Errors("UNAUTHORIZED", "Invalid client credentials."))
                .ConfigureAwait(false);
            return;
        }

        await FakeContext.WriteAsync(http, 200, new JsonObject
        {
            ["access_token"] = _tokens.Issue(),
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)_tokens.Lifetime.TotalSeconds,
        }).ConfigureAwait(false);
    }

    private async Task PutAsync(HttpContext http)
    {
        var body = await context.ReadAsync(http, Channel).ConfigureAwait(false);
        if (await RefuseAsync(http).ConfigureAwait(false))
        {
            return;
        }

        var sku = http.Request.Query["sku"].ToString();
        var request = FakeContext.Json(body);
        var quantity = request?["quantity"];
        if (request?["sku"]?.GetValue<string>() != sku || quantity?["unit"]?.GetValue<string>() != "EACH"
            || quantity["amount"] is null)
        {
            await FakeContext.WriteAsync(http, 400, Errors("INVALID_REQUEST_CONTENT",
                "The body needs the sku of the query and quantity {unit: EACH, amount}.")).ConfigureAwait(false);
            return;
        }

        context.State.Accept(new AcceptedPush(Channel, sku, quantity["amount"]!.GetValue<int>(), null, context.Now));
        await FakeContext.WriteAsync(http, 200, request).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext http)
    {
        await context.ReadAsync(http, Channel).ConfigureAwait(false);
        if (await RefuseAsync(http).ConfigureAwait(false))
        {
            return;
        }

        var sku = http.Request.Query["sku"].ToString();
        if (context.State.Quantity(Channel, sku) is not { } amount)
        {
            await FakeContext.WriteAsync(http, 404, Errors("CONTENT_NOT_FOUND", "No item with this SKU."))
                .ConfigureAwait(false);
            return;
        }

        await FakeContext.WriteAsync(http, 200, new JsonObject
        {
            ["sku"] = sku,
            ["quantity"] = new JsonObject { ["unit"] = "EACH", ["amount"] = amount },
        }).ConfigureAwait(false);
    }

    private async Task<bool> RefuseAsync(HttpContext http)
    {
        if (MissingServiceHeaders(http) is { } missing)
        {
            await FakeContext.WriteAsync(http, 400, Errors("INVALID_REQUEST_HEADER", missing)).ConfigureAwait(false);
            return true;
        }

        if (!_tokens.IsValid(http.Request.Headers["WM_SEC.ACCESS_TOKEN"].ToString()))
        {
            await FakeContext.WriteAsync(http, 401, Errors("UNAUTHORIZED", "The access token is not valid."))
                .ConfigureAwait(false);
            return true;
        }

        if (!_limit.TryTake(1, out var left, out var wait))
        {
            context.Throttled(http, Channel, 429);
            await ThrottleAsync(http, left, wait).ConfigureAwait(false);
            return true;
        }

        // An injected throttle reports an empty bucket, as if other calls of the seller had spent it.
        return await context.InjectFaultsAsync(http, Channel, asked => ThrottleAsync(http, 0, asked))
            .ConfigureAwait(false);
    }

    private Task ThrottleAsync(HttpContext http, double left, TimeSpan wait)
    {
        var next = (context.Now + wait).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return FakeContext.WriteAsync(http, 429, Errors("REQUEST_THRESHOLD_VIOLATED", "Too many requests."),
            new Dictionary<string, string>
            {
                ["x-current-token-count"] = ((int)left).ToString(CultureInfo.InvariantCulture),
                ["x-next-replenish-time"] = next,
            });
    }

    private static string? MissingServiceHeaders(HttpContext http)
    {
        if (string.IsNullOrEmpty(http.Request.Headers["WM_SVC.NAME"]))
        {
            return "WM_SVC.NAME is required.";
        }

        return Guid.TryParse(http.Request.Headers["WM_QOS.CORRELATION_ID"], out _)
            ? null
            : "WM_QOS.CORRELATION_ID must be a GUID.";
    }

    private static JsonObject Errors(string code, string message) => new()
    {
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["description"] = message }),
    };

    private static string? Field(Microsoft.AspNetCore.Http.IFormCollection? form, string name) =>
        form is not null && form.TryGetValue(name, out var value) ? value.ToString() : null;
}
