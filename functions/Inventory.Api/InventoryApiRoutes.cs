using Inventory.Api.Catalog;
using Inventory.Api.Http;
using Inventory.Api.Operations;
using Inventory.Api.Sync;
using Inventory.Api.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Inventory.Api;

/// <summary>The routes of the product, mapped onto an ASP.NET Core host (the local host). The Function App maps the
/// same endpoint methods through its HTTP triggers.</summary>
public static class InventoryApiRoutes
{
    /// <summary>Maps every route under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapInventoryApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var api = routes.MapGroup("/api");

        api.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        api.MapGet("/openapi.json", (HttpContext c) => Write(c, OpenApiDocument.Response()));

        api.MapPost("/webhooks/{channel}", (HttpContext c, string channel, WebhookEndpoint e) =>
            Write(c, e.PostAsync(c, channel)));
        api.MapGet("/webhooks/{channel}", (HttpContext c, string channel, WebhookEndpoint e) =>
            Write(c, e.GetAsync(c, channel)));

        api.MapGet("/stock/{sku}", (HttpContext c, string sku, OperationsEndpoint e) => Write(c, e.GetStockAsync(c, sku)));
        api.MapGet("/stock/{sku}/ledger", (HttpContext c, string sku, OperationsEndpoint e) =>
            Write(c, e.GetLedgerAsync(c, sku)));
        api.MapGet("/stock/{sku}/channels", (HttpContext c, string sku, ChannelStockEndpoint e) =>
            Write(c, e.GetAsync(c, sku)));
        api.MapPost("/stock/adjustments", (HttpContext c, OperationsEndpoint e) => Write(c, e.PostAdjustmentAsync(c)));
        api.MapPost("/stock/counts", (HttpContext c, OperationsEndpoint e) => Write(c, e.PostCountAsync(c)));
        api.MapPost("/transfers", (HttpContext c, OperationsEndpoint e) => Write(c, e.PostTransferAsync(c)));
        api.MapPost("/transfers/{id}/receipt", (HttpContext c, string id, OperationsEndpoint e) =>
            Write(c, e.PostTransferReceiptAsync(c, id)));
        api.MapPost("/purchase-orders", (HttpContext c, OperationsEndpoint e) => Write(c, e.PostPurchaseOrderAsync(c)));
        api.MapPost("/purchase-orders/{id}/receipts", (HttpContext c, string id, OperationsEndpoint e) =>
            Write(c, e.PostPurchaseOrderReceiptAsync(c, id)));
        api.MapPut("/channels/{channel}/listings/{externalId}",
            (HttpContext c, string channel, string externalId, OperationsEndpoint e) =>
                Write(c, e.PutListingAsync(c, channel, externalId)));
        api.MapGet("/channels/{channel}/rules", (HttpContext c, string channel, ChannelRulesEndpoint e) =>
            Write(c, e.GetAsync(c, channel)));
        api.MapPut("/channels/{channel}/rules", (HttpContext c, string channel, ChannelRulesEndpoint e) =>
            Write(c, e.PutAsync(c, channel)));
        api.MapGet("/catalog/skus/{sku}", (HttpContext c, string sku, CatalogEndpoint e) => Write(c, e.GetAsync(c, sku)));
        api.MapPut("/catalog/skus/{sku}", (HttpContext c, string sku, CatalogEndpoint e) => Write(c, e.PutAsync(c, sku)));
        api.MapGet("/unmapped", (HttpContext c, OperationsEndpoint e) => Write(c, e.GetUnmappedAsync(c)));
        api.MapPost("/unmapped/replay", (HttpContext c, OperationsEndpoint e) =>
            Write(c, e.PostUnmappedReplayAsync(c)));
        api.MapGet("/oversells", (HttpContext c, OperationsEndpoint e) => Write(c, e.GetOversellsAsync(c)));
        return routes;
    }

    private static async Task Write(HttpContext context, Task<ApiResponse> response) =>
        await (await response.ConfigureAwait(false)).WriteAsync(context).ConfigureAwait(false);

    private static Task Write(HttpContext context, ApiResponse response) => response.WriteAsync(context);
}
