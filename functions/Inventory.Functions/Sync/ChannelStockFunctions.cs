using Inventory.Api.Sync;
using Inventory.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Sync;

/// <summary>What each channel should show for a SKU and what it was last told. Function-key auth.</summary>
internal sealed class ChannelStockFunctions(ChannelStockEndpoint endpoint)
{
    [Function("GetChannelStock")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "stock/{sku}/channels")] HttpRequest request,
        string sku) => endpoint.GetAsync(request.HttpContext, sku).WriteAsync(request);
}
