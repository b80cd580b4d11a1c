using Inventory.Api.Http;
using Inventory.Core.Sync.Allocation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Sync;

/// <summary><c>GET/PUT /api/channels/{channel}/rules</c>: the allocation and buffer rules of a channel's listings.</summary>
public sealed class ChannelRulesEndpoint(ChannelRulesService rules, IOptions<ApiOptions> options)
{
    /// <summary>The channel's rules (the defaults until some are stored), with the ETag to send back on PUT.</summary>
    public async Task<ApiResponse> GetAsync(HttpContext context, string channel)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await rules.GetAsync(channel, context.RequestAborted).ConfigureAwait(false);
        return ToResponse(context, channel, result);
    }

    /// <summary>Replaces the channel's listings' rules; <c>If-Match</c> guards against a concurrent edit.</summary>
    public async Task<ApiResponse> PutAsync(HttpContext context, string channel)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await RequestBody.ReadAsync(context.Request, options.Value.MaxRequestBodyBytes,
            context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return Problem.Of(StatusCodes.Status413PayloadTooLarge, "Body too large",
                $"The rules are larger than {options.Value.MaxRequestBodyBytes} bytes.");
        }

        var (request, problem) = RequestBody.ParseJson<ChannelRulesRequest>(body);
        if (problem is not null)
        {
            return problem;
        }

        var ifMatch = context.Request.Headers.IfMatch.ToString();
        var result = await rules.PutAsync(channel, request!, string.IsNullOrEmpty(ifMatch) ? null : ifMatch.Trim('"'),
            context.RequestAborted).ConfigureAwait(false);
        return ToResponse(context, channel, result);
    }

    private static ApiResponse ToResponse(HttpContext context, string channel, ChannelRulesResult result)
    {
        if (result.Rules?.ETag is { } etag)
        {
            context.Response.Headers.ETag = $"\"{etag}\"";
        }

        return result.Status switch
        {
            ChannelRulesStatus.Ok => ApiResponse.Ok(result.Rules),
            ChannelRulesStatus.UnknownChannel => Problem.NotFound($"There is no channel '{channel}'."),
            ChannelRulesStatus.Conflict => Problem.Of(StatusCodes.Status412PreconditionFailed, "Rules changed",
                $"The {channel} rules changed since the ETag you sent; read them again and reapply your change."),
            _ => Problem.Invalid(
                $"The {channel} rules are not valid: " + string.Join(" ", result.Failures.Select(f => $"{f.Field}: {f.Message}")),
                result.Failures),
        };
    }
}
