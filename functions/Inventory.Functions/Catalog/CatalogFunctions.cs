using Inventory.Api.Catalog;
using Inventory.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Catalog;

/// <summary>The catalog planning reads: cost, price, supplier and lead time per SKU. Function-key auth.</summary>
internal sealed class CatalogFunctions(CatalogEndpoint endpoint)
{
    [Function("GetCatalogItem")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "catalog/skus/{sku}")] HttpRequest request,
        string sku) => endpoint.GetAsync(request.HttpContext, sku).WriteAsync(request);

    [Function("PutCatalogItem")]
    public Task<IActionResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "catalog/skus/{sku}")] HttpRequest request,
        string sku) => endpoint.PutAsync(request.HttpContext, sku).WriteAsync(request);
}
