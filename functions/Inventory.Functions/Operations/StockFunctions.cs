using Inventory.Api.Operations;
using Inventory.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Operations;

/// <summary>Stock reads and the warehouse's adjustments and counts. Function-key auth.</summary>
internal sealed class StockFunctions(OperationsEndpoint endpoint)
{
    [Function("GetStock")]
    public Task<IActionResult> GetStockAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stock/{sku}")] HttpRequest request, string sku) =>
        endpoint.GetStockAsync(request.HttpContext, sku).WriteAsync(request);

    [Function("GetLedger")]
    public Task<IActionResult> GetLedgerAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stock/{sku}/ledger")] HttpRequest request,
        string sku) => endpoint.GetLedgerAsync(request.HttpContext, sku).WriteAsync(request);

    [Function("PostAdjustment")]
    public Task<IActionResult> PostAdjustmentAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "stock/adjustments")] HttpRequest request) =>
        endpoint.PostAdjustmentAsync(request.HttpContext).WriteAsync(request);

    [Function("PostCount")]
    public Task<IActionResult> PostCountAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "stock/counts")] HttpRequest request) =>
        endpoint.PostCountAsync(request.HttpContext).WriteAsync(request);

    [Function("GetOversells")]
    public Task<IActionResult> GetOversellsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "oversells")] HttpRequest request) =>
        endpoint.GetOversellsAsync(request.HttpContext).WriteAsync(request);
}
