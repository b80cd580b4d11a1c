using Inventory.Api;
using Inventory.Api.Operations;
using Inventory.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Operations;

/// <summary>Listing mappings, unmapped lines and their replay, the OpenAPI document and the health probe.</summary>
internal sealed class ListingFunctions(OperationsEndpoint endpoint)
{
    [Function("PutListing")]
    public Task<IActionResult> PutListingAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "channels/{channel}/listings/{externalId}")]
        HttpRequest request,
        string channel,
        string externalId) => endpoint.PutListingAsync(request.HttpContext, channel, externalId).WriteAsync(request);

    [Function("GetUnmapped")]
    public Task<IActionResult> GetUnmappedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "unmapped")] HttpRequest request) =>
        endpoint.GetUnmappedAsync(request.HttpContext).WriteAsync(request);

    [Function("ReplayUnmapped")]
    public Task<IActionResult> ReplayUnmappedAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "unmapped/replay")] HttpRequest request) =>
        endpoint.PostUnmappedReplayAsync(request.HttpContext).WriteAsync(request);

    [Function("GetOpenApi")]
    public static Task<IActionResult> GetOpenApiAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        Task.FromResult(OpenApiDocument.Response()).WriteAsync(request);

    [Function("Health")]
    public static IActionResult Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        new OkObjectResult(new { status = "ok" });
}
