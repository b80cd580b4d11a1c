using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Inventory.FakeMarketplaces;

/// <summary>
/// Shopify Admin GraphQL at <c>/shopify/admin/api/{version}/graphql.json</c>: <c>inventorySetQuantities</c> with
/// <c>changeFromQuantity</c> (from 2026-04; <c>compareQuantity</c> before) and <c>@idempotent(key:)</c>, and the
/// <c>inventoryItem.inventoryLevel.quantities</c> query. Paced by a leaky bucket of cost points; a call the bucket
/// cannot pay is answered 200 with a THROTTLED error, as Shopify's GraphQL API does.
/// </summary>
internal sealed partial class ShopifyFake(FakeContext context)
{
    public const string Channel = "shopify";

    private readonly FakeRateLimit _bucket = context.Limit(
        context.Options.ShopifyRestoreRate, context.Options.ShopifyBucketSize);

    private readonly ConcurrentDictionary<string, IdempotentCall> _calls = new(StringComparer.Ordinal);
    private int _groups;

    public void Map(WebApplication app) =>
        app.MapPost("/shopify/admin/api/{version}/graphql.json", HandleAsync);

    private async Task HandleAsync(HttpContext http, string version)
    {
        var body = await context.ReadAsync(http, Channel).ConfigureAwait(false);
        if (http.Request.Headers["X-Shopify-Access-Token"].ToString() != context.Options.ShopifyAccessToken)
        {
            await FakeContext.WriteAsync(http, 401, new JsonObject { ["errors"] = "Invalid API key or access token" })
                .ConfigureAwait(false);
            return;
        }

        var request = FakeContext.Json(body);
        var query = request?["query"]?.GetValue<string>() ?? string.Empty;
        var variables = request?["variables"] as JsonObject ?? [];
        var isMutation = query.Contains("inventorySetQuantities", StringComparison.Ordinal);
        var cost = isMutation ? context.Options.ShopifyMutationCost : context.Options.ShopifyQueryCost;
        if (!_bucket.TryTake(cost, out var available, out _))
        {
            context.Throttled(http, Channel, 200);
            await ThrottleAsync(http, cost, available).ConfigureAwait(false);
            return;
        }

        // An injected throttle reports an empty bucket, as if another app on the shop had spent it.
        Func<TimeSpan, Task> injected = _ => ThrottleAsync(http, cost, 0);
        JsonObject? data;
        if (isMutation)
        {
            data = await MutationAsync(http, query, variables, version, injected).ConfigureAwait(false);
            if (data is null)
            {
                return;
            }
        }
        else
        {
            if (await context.InjectFaultsAsync(http, Channel, injected).ConfigureAwait(false))
            {
                return;
            }

            data = query.Contains("inventoryItem", StringComparison.Ordinal) ? Read(variables) : null;
        }

        var answer = data ?? new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["message"] = "The fake answers only inventory calls." }),
        };
        answer["extensions"] = Cost(cost, cost, available);
        await FakeContext.WriteAsync(http, 200, answer).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the mutation; faults are injected while its idempotency key is held, so a retry with the same key during
    /// a slow call meets IDEMPOTENCY_CONCURRENT_REQUEST. Null when a fault has answered already.
    /// </summary>
    private async Task<JsonObject?> MutationAsync(
        HttpContext http, string query, JsonObject variables, string version, Func<TimeSpan, Task> throttle)
    {
        var changeFrom = string.CompareOrdinal(version, "2026-04") >= 0;
        var match = IdempotentKey().Match(query);
        if (!match.Success && changeFrom)
        {
            return GraphQlError("The @idempotent directive with a key is required for this mutation from 2026-04.");
        }

        var input = variables["input"] as JsonObject;
        var signature = input?.ToJsonString() ?? string.Empty;
        if (!match.Success)
        {
            return await context.InjectFaultsAsync(http, Channel, throttle).ConfigureAwait(false)
                ? null
                : Apply(input, changeFrom, null);
        }

        var key = Regex.Unescape(match.Groups["key"].Value);
        var call = new IdempotentCall(signature);
        var existing = _calls.GetOrAdd(key, call);
        if (!ReferenceEquals(existing, call))
        {
            if (existing.Signature != signature)
            {
                return UserErrors("IDEMPOTENCY_KEY_PARAMETER_MISMATCH", "The key was used with other arguments.");
            }

            return existing.Result is { } done
                ? (JsonObject)done.DeepClone()
                : UserErrors("IDEMPOTENCY_CONCURRENT_REQUEST", "A request with this key is still being processed.");
        }

        if (await context.InjectFaultsAsync(http, Channel, throttle).ConfigureAwait(false))
        {
            // The call failed before it changed anything: the key is free for the retry.
            _calls.TryRemove(new KeyValuePair<string, IdempotentCall>(key, call));
            return null;
        }

        var result = Apply(input, changeFrom, key);
        call.Result = (JsonObject)result.DeepClone();
        return result;
    }

    private JsonObject Apply(JsonObject? input, bool changeFrom, string? key)
    {
        if (input?["name"]?.GetValue<string>() != "available" || input["quantities"] is not JsonArray quantities
            || string.IsNullOrEmpty(input["reason"]?.GetValue<string>()))
        {
            return GraphQlError("input needs name \"available\", a reason and quantities.");
        }

        var changes = new List<(string Item, int Quantity)>();
        for (var index = 0; index < quantities.Count; index++)
        {
            if (quantities[index] is not JsonObject entry || entry["inventoryItemId"] is null
                || entry["locationId"] is null || entry["quantity"] is null)
            {
                return GraphQlError($"quantities[{index}] needs inventoryItemId, locationId and quantity.");
            }

            if (changeFrom && !entry.ContainsKey("changeFromQuantity"))
            {
                return GraphQlError(
                    $"quantities[{index}].changeFromQuantity is required from 2026-04 (null opts out).");
            }

            var item = FakeItems.Shopify(
                entry["inventoryItemId"]!.GetValue<string>(), entry["locationId"]!.GetValue<string>());
            if (context.DrawStaleCompare() && context.State.SellOne(Channel, item))
            {
                context.State.Injected(new InjectedFault(Channel, FaultKind.StaleCompare, item, context.Now));
            }

            var current = context.State.Quantity(Channel, item) ?? 0;
            var expected = changeFrom
                ? entry["changeFromQuantity"]?.GetValue<int>()
                : input["ignoreCompareQuantity"]?.GetValue<bool>() == true
                    ? null
                    : entry["compareQuantity"]?.GetValue<int>();
            if (expected is { } compare && compare != current)
            {
                return UserErrors(
                    changeFrom ? "CHANGE_FROM_QUANTITY_STALE" : "COMPARE_QUANTITY_STALE",
                    "The quantity changed since it was read.",
                    "input", "quantities", index.ToString(CultureInfo.InvariantCulture),
                    changeFrom ? "changeFromQuantity" : "compareQuantity");
            }

            changes.Add((item, entry["quantity"]!.GetValue<int>()));
        }

        foreach (var (item, quantity) in changes)
        {
            context.State.Accept(new AcceptedPush(Channel, item, quantity, key, context.Now));
        }

        var group = Interlocked.Increment(ref _groups).ToString(CultureInfo.InvariantCulture);
        return Payload(new JsonObject { ["id"] = $"gid://shopify/InventoryAdjustmentGroup/{group}" }, new JsonArray());
    }

    private JsonObject Read(JsonObject variables)
    {
        var item = variables["item"]?.GetValue<string>();
        var location = variables["location"]?.GetValue<string>();
        var quantity = item is null || location is null
            ? null
            : context.State.Quantity(Channel, FakeItems.Shopify(item, location));
        return new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["inventoryItem"] = quantity is null
                    ? null
                    : new JsonObject
                    {
                        ["inventoryLevel"] = new JsonObject
                        {
                            ["quantities"] = new JsonArray(new JsonObject
                            {
                                ["name"] = "available",
                                ["quantity"] = quantity,
                            }),
                        },
                    },
            },
        };
    }

    private Task ThrottleAsync(HttpContext http, double cost, double available) =>
        FakeContext.WriteAsync(http, 200, new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject
            {
                ["message"] = "Throttled",
                ["extensions"] = new JsonObject { ["code"] = "THROTTLED" },
            }),
            ["extensions"] = Cost(cost, null, available),
        });

    private JsonObject Cost(double requested, double? actual, double available) => new()
    {
        ["cost"] = new JsonObject
        {
            ["requestedQueryCost"] = requested,
            ["actualQueryCost"] = actual,
            ["throttleStatus"] = new JsonObject
            {
                ["maximumAvailable"] = _bucket.Size,
                ["currentlyAvailable"] = Math.Floor(available),
                ["restoreRate"] = _bucket.Rate,
            },
        },
    };

    private static JsonObject Payload(JsonNode? group, JsonArray userErrors) => new()
    {
        ["data"] = new JsonObject
        {
            ["inventorySetQuantities"] = new JsonObject
            {
                ["inventoryAdjustmentGroup"] = group,
                ["userErrors"] = userErrors,
            },
        },
    };

    private static JsonObject UserErrors(string code, string message, params string[] field)
    {
        var fields = new JsonArray();
        foreach (var part in field)
        {
            fields.Add(part);
        }

        return Payload(null, new JsonArray(new JsonObject
        {
            ["code"] = code,
            ["field"] = fields,
            ["message"] = message,
        }));
    }

    private static JsonObject GraphQlError(string message) =>
        new() { ["errors"] = new JsonArray(new JsonObject { ["message"] = message }) };

    [GeneratedRegex("""@idempotent\s*\(\s*key\s*:\s*"(?<key>(?:[^"\\]|\\.)*)"\s*\)""")]
    private static partial Regex IdempotentKey();

    private sealed class IdempotentCall(string signature)
    {
        public string Signature => signature;

        public JsonObject? Result { get; set; }
    }
}
