using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Inventory.FakeMarketplaces;

/// <summary>
/// SP-API Listings Items (<c>/amazon/listings/2021-08-01/items/{sellerId}/{sku}</c>: PATCH with a
/// <c>fulfillment_availability</c> patch, GET with <c>includedData=fulfillmentAvailability</c>) and the Login with
/// Amazon token endpoint (<c>/amazon/auth/o2/token</c>). Each operation has its own token bucket; every answer carries
/// <c>x-amzn-RateLimit-Limit</c>, and a call over the limit is answered 429 with <c>QuotaExceeded</c>.
/// </summary>
internal sealed class AmazonFake(FakeContext context)
{
    public const string Channel = "amazon";

    private readonly FakeRateLimit _patchLimit =
        context.Limit(context.Options.AmazonLimit.Rate, context.Options.AmazonLimit.Burst);

    private readonly FakeRateLimit _getLimit =
        context.Limit(context.Options.AmazonLimit.Rate, context.Options.AmazonLimit.Burst);

    private readonly FakeTokens _tokens = new(context, Channel, "Atza|fake-", context.Options.AmazonTokenLifetime);

    public void Map(WebApplication app)
    {
        app.MapPost("/amazon/auth/o2/token", TokenAsync);
        app.MapMethods("/amazon/listings/2021-08-01/items/{sellerId}/{sku}", ["PATCH"], PatchAsync);
        app.MapGet("/amazon/listings/2021-08-01/items/{sellerId}/{sku}", GetAsync);
    }

    private async Task TokenAsync(HttpContext http)
    {
        await context.ReadAsync(http, Channel).ConfigureAwait(false);
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync().ConfigureAwait(false) : null;
        var (clientId, clientSecret, refreshToken) = context.Options.AmazonCredentials;
        if (form is null || Field(form, "grant_type") != "refresh_token" || Field(form, "client_id") != clientId
            || Field(form, "client_secret") != clientSecret || Field(form, "refresh_token") != refreshToken)
        {
            await FakeContext.WriteAsync(http, 400, new JsonObject
            {
                ["error"] = "invalid_grant",
                ["error_description"] = "The refresh token or client credentials are not valid.",
            }).ConfigureAwait(false);
            return;
        }

        await FakeContext.WriteAsync(http, 200, new JsonObject
        {
            ["access_token"] = _tokens.Issue(),
            ["refresh_token"] = refreshToken,
            ["token_type"] = "bearer",
            ["expires_in"] = (int)_tokens.Lifetime.TotalSeconds,
        }).ConfigureAwait(false);
    }

    private async Task PatchAsync(HttpContext http, string sellerId, string sku)
    {
        var body = await context.ReadAsync(http, Channel).ConfigureAwait(false);
        if (await RefuseAsync(http, _patchLimit).ConfigureAwait(false))
        {
            return;
        }

        var request = FakeContext.Json(body);
        var patch = request?["patches"]?[0];
        var value = patch?["value"]?[0];
        if (request?["productType"] is null || patch?["op"]?.GetValue<string>() != "replace"
            || patch["path"]?.GetValue<string>() != "/attributes/fulfillment_availability"
            || value?["fulfillment_channel_code"] is null || value["quantity"] is null)
        {
            await WriteAsync(http, 200, new JsonObject
            {
                ["sku"] = sku,
                ["status"] = "INVALID",
                ["submissionId"] = Guid.NewGuid().ToString("N"),
                ["issues"] = new JsonArray(new JsonObject
                {
                    ["code"] = "4000001",
                    ["message"] = "The patch must replace /attributes/fulfillment_availability.",
                    ["severity"] = "ERROR",
                }),
            }).ConfigureAwait(false);
            return;
        }

        context.State.Accept(new AcceptedPush(Channel, sku, value["quantity"]!.GetValue<int>(), null, context.Now));
        await WriteAsync(http, 200, new JsonObject
        {
            ["sku"] = sku,
            ["status"] = "ACCEPTED",
            ["submissionId"] = Guid.NewGuid().ToString("N"),
            ["issues"] = new JsonArray(),
        }).ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext http, string sellerId, string sku)
    {
        await context.ReadAsync(http, Channel).ConfigureAwait(false);
        if (await RefuseAsync(http, _getLimit).ConfigureAwait(false))
        {
            return;
        }

        if (context.State.Quantity(Channel, sku) is not { } quantity)
        {
            await WriteAsync(http, 404, Errors("NOT_FOUND", "No listing for this SKU.")).ConfigureAwait(false);
            return;
        }

        await WriteAsync(http, 200, new JsonObject
        {
            ["sku"] = sku,
            ["fulfillmentAvailability"] = new JsonArray(new JsonObject
            {
                ["fulfillmentChannelCode"] = "DEFAULT",
                ["quantity"] = quantity,
            }),
        }).ConfigureAwait(false);
    }

    /// <summary>Checks the token, the marketplace, the rate limit and the fault profile, in that order.</summary>
    private async Task<bool> RefuseAsync(HttpContext http, FakeRateLimit limit)
    {
        if (!_tokens.IsValid(http.Request.Headers["x-amz-access-token"].ToString()))
        {
            await WriteAsync(http, 403, Errors("Unauthorized", "Access to requested resource is denied."))
                .ConfigureAwait(false);
            return true;
        }

        if (string.IsNullOrEmpty(http.Request.Query["marketplaceIds"]))
        {
            await WriteAsync(http, 400, Errors("InvalidInput", "marketplaceIds is required.")).ConfigureAwait(false);
            return true;
        }

        if (!limit.TryTake(1, out _, out _))
        {
            context.Throttled(http, Channel, 429);
            await ThrottleAsync(http).ConfigureAwait(false);
            return true;
        }

        return await context.InjectFaultsAsync(http, Channel, _ => ThrottleAsync(http)).ConfigureAwait(false);
    }

    // SP-API names no wait: the client goes by x-amzn-RateLimit-Limit, which every answer carries.
    private Task ThrottleAsync(HttpContext http) =>
        WriteAsync(http, 429, Errors("QuotaExceeded", "You exceeded your quota for the requested resource."));

    private Task WriteAsync(HttpContext http, int status, JsonObject body) =>
        FakeContext.WriteAsync(http, status, body, new Dictionary<string, string>
        {
            ["x-amzn-RateLimit-Limit"] =
                context.Options.AmazonLimit.Rate.ToString("0.0##", CultureInfo.InvariantCulture),
            ["x-amzn-RequestId"] = Guid.NewGuid().ToString(),
        });

    private static JsonObject Errors(string code, string message) => new()
    {
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
    };

    private static string? Field(Microsoft.AspNetCore.Http.IFormCollection? form, string name) =>
        form is not null && form.TryGetValue(name, out var value) ? value.ToString() : null;
}
