using Inventory.Api.Sync;
using Inventory.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Inventory.Functions.Sync;

/// <summary>The channels' allocation and buffer rules. Function-key auth.</summary>
internal sealed class ChannelRulesFunctions(ChannelRulesEndpoint endpoint)
{
    [Function("GetChannelRules")]
    public Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "channels/{channel}/rules")] HttpRequest request,
        string channel) => endpoint.GetAsync(request.HttpContext, channel).WriteAsync(request);

    [Function("PutChannelRules")]
    public Task<IActionResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "channels/{channel}/rules")] HttpRequest request,
        string channel) => endpoint.PutAsync(request.HttpContext, channel).WriteAsync(request);
}
