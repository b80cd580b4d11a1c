using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Inventory.FakeMarketplaces;

/// <summary>
/// TikTok Shop Product API under <c>/tiktok</c>: <c>POST /product/202309/products/{product_id}/inventory/update</c> and
/// <c>GET /product/202309/products/{product_id}</c>. Every call must carry <c>app_key</c>, <c>timestamp</c>,
/// <c>shop_cipher</c> and a valid <c>sign</c> (checked by the fake's own implementation of the scheme), and
/// <c>x-tts-access-token</c>. The error codes in bodies are the fake's own; a call over the limit is answered 429 with
/// <c>Retry-After</c>.
/// </summary>
internal sealed class TiktokFake(FakeContext context)
{
    public const string Channel = "tiktok";

    private const string Prefix = "/tiktok";

    private readonly FakeRateLimit _limit =
        context.Limit(context.Options.TiktokLimit.Rate, context.Options.TiktokLimit.Burst);

    public void Map(WebApplication app)
    {
        app.MapPost("/tiktok/product/202309/products/{productId}/inventory/update", UpdateAsync);
        app.MapGet("/tiktok/product/202309/products/{productId}", GetAsync);
    }

    private async Task UpdateAsync(HttpContext http, string productId)
    {
        var body = await context.ReadAsync(http, Channel).ConfigureAwait(false);
        if (await RefuseAsync(http, body).ConfigureAwait(false))
        {
            return;
        }

        if (FakeContext.Json(body)?["skus"] is not JsonArray skus || skus.Count == 0)
        {
            await WriteAsync(http, 400, 12052700, "skus is required.").ConfigureAwait(false);
            return;
        }

        var changes = new List<(string Item, int Quantity)>();
        foreach (var sku in skus)
        {
            var skuId = sku?["id"]?.GetValue<string>();
            if (skuId is null || sku!["inventory"] is not JsonArray inventory || inventory.Count == 0)
            {
                await WriteAsync(http, 400, 12052701, "Each sku needs id and inventory.").ConfigureAwait(false);
                return;
            }

            foreach (var warehouse in inventory)
            {
                var warehouseId = warehouse?["warehouse_id"]?.GetValue<string>();
                var quantity = warehouse?["quantity"];
                if (warehouseId is null || quantity is null)
                {
                    await WriteAsync(http, 400, 12052702, "Each inventory entry needs warehouse_id and quantity.")
                        .ConfigureAwait(false);
                    return;
                }

                changes.Add((FakeItems.Tiktok(productId, skuId, warehouseId), quantity.GetValue<int>()));
            }
        }

        foreach (var (item, quantity) in changes)
        {
            context.State.Accept(new AcceptedPush(Channel, item, quantity, null, context.Now));
        }

        await WriteAsync(http, 200, 0, "Success").ConfigureAwait(false);
    }

    private async Task GetAsync(HttpContext http, string productId)
    {
        var body = await context.ReadAsync(http, Channel).ConfigureAwait(false);
        if (await RefuseAsync(http, body).ConfigureAwait(false))
        {
            return;
        }

        var prefix = productId + "/";
        var skus = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var (push, quantity) in context.State.ItemsOf(Channel))
        {
            var parts = push.Split('/');
            if (!push.StartsWith(prefix, StringComparison.Ordinal) || parts.Length != 3)
            {
                continue;
            }

            if (!skus.TryGetValue(parts[1], out var inventory))
            {
                skus[parts[1]] = inventory = [];
            }

            inventory.Add(new JsonObject
            {
                ["warehouse_id"] = parts[2],
                ["quantity"] = quantity,
            });
        }

        var list = new JsonArray();
        foreach (var (skuId, inventory) in skus)
        {
            list.Add(new JsonObject { ["id"] = skuId, ["inventory"] = inventory });
        }

        await FakeContext.WriteAsync(http, 200, new JsonObject
        {
            ["code"] = 0,
            ["message"] = "Success",
            ["data"] = new JsonObject { ["id"] = productId, ["skus"] = list },
            ["request_id"] = Guid.NewGuid().ToString("N"),
        }).ConfigureAwait(false);
    }

    private async Task<bool> RefuseAsync(HttpContext http, string body)
    {
        var (appKey, appSecret, accessToken, shopCipher) = context.Options.TiktokCredentials;
        var query = http.Request.Query;
        if (query["app_key"] != appKey || query["shop_cipher"] != shopCipher
            || !long.TryParse(query["timestamp"], out _))
        {
            await WriteAsync(http, 400, 106000, "app_key, timestamp and shop_cipher are required.")
                .ConfigureAwait(false);
            return true;
        }

        var path = (http.Request.Path.Value ?? string.Empty)[Prefix.Length..];
        var expected = Sign(appSecret, path, query.Select(q => (q.Key, q.Value.ToString())), body);
        if (!CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(query["sign"].ToString())))
        {
            await WriteAsync(http, 401, 106001, "The sign is not valid.").ConfigureAwait(false);
            return true;
        }

        if (http.Request.Headers["x-tts-access-token"] != accessToken)
        {
            await WriteAsync(http, 401, 105002, "The access token is not valid.").ConfigureAwait(false);
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
        FakeContext.WriteAsync(http, 429, Body(429, "Too many requests."),
            new Dictionary<string, string> { ["Retry-After"] = FakeContext.Seconds(wait) });

    /// <summary>The fake's own reading of the signing scheme, independent of the client's.</summary>
    private static string Sign(string secret, string path, IEnumerable<(string Key, string Value)> query, string body)
    {
        var parameters = string.Concat(query
            .Where(q => q.Key != "sign" && q.Key != "access_token")
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => q.Key + q.Value));
        var text = secret + path + parameters + body + secret;
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }

    private static Task WriteAsync(HttpContext http, int status, int code, string message) =>
        FakeContext.WriteAsync(http, status, Body(code, message));

    private static JsonObject Body(int code, string message) => new()
    {
        ["code"] = code,
        ["message"] = message,
        ["data"] = new JsonObject(),
        ["request_id"] = Guid.NewGuid().ToString("N"),
    };
}
