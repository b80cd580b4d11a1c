using Inventory.Api.Operations;
using Inventory.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Operations;

/// <summary>Transfers between locations and purchase orders. Function-key auth.</summary>
internal sealed class ReplenishmentFunctions(OperationsEndpoint endpoint)
{
    [Function("PostTransfer")]
    public Task<IActionResult> PostTransferAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "transfers")] HttpRequest request) =>
        endpoint.PostTransferAsync(request.HttpContext).WriteAsync(request);

    [Function("PostTransferReceipt")]
    public Task<IActionResult> PostTransferReceiptAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "transfers/{id}/receipt")] HttpRequest request,
        string id) => endpoint.PostTransferReceiptAsync(request.HttpContext, id).WriteAsync(request);

    [Function("PostPurchaseOrder")]
    public Task<IActionResult> PostPurchaseOrderAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "purchase-orders")] HttpRequest request) =>
        endpoint.PostPurchaseOrderAsync(request.HttpContext).WriteAsync(request);

    [Function("PostPurchaseOrderReceipt")]
    public Task<IActionResult> PostPurchaseOrderReceiptAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "purchase-orders/{id}/receipts")] HttpRequest request,
        string id) => endpoint.PostPurchaseOrderReceiptAsync(request.HttpContext, id).WriteAsync(request);
}
