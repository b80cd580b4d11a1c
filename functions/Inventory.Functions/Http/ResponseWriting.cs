using Inventory.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Inventory.Functions.Http;

/// <summary>Lets a trigger hand back what a shared endpoint produced: the response is written to the context.</summary>
internal static class ResponseWriting
{
    public static async Task<IActionResult> WriteAsync(this Task<ApiResponse> response, HttpRequest request)
    {
        await (await response).WriteAsync(request.HttpContext);
        return new EmptyResult();
    }
}
