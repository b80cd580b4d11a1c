using Inventory.Api.Webhooks;
using Inventory.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Webhooks;

/// <summary>
/// The marketplaces' webhook endpoint. Anonymous at the Functions level because each channel proves authenticity
/// with its own signature, checked on the raw body before anything is parsed.
/// </summary>
internal sealed class WebhookFunctions(WebhookEndpoint endpoint)
{
    [Function("Webhook")]
    public Task<IActionResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/{channel}")] HttpRequest request,
        string channel) => endpoint.PostAsync(request.HttpContext, channel).WriteAsync(request);

    [Function("WebhookChallenge")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "webhooks/{channel}")] HttpRequest request,
        string channel) => endpoint.GetAsync(request.HttpContext, channel).WriteAsync(request);
}
