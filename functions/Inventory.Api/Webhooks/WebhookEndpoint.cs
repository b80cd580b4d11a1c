using System.Collections.ObjectModel;
using Inventory.Api.Http;
using Inventory.Core.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/{channel}</c> and the GET challenge. Reads the raw body under the size limit, hands it to the
/// intake, and maps the outcome: 200 only after the movements are durably queued.
/// </summary>
public sealed class WebhookEndpoint(WebhookIntake intake, IOptions<ApiOptions> options, TimeProvider time)
{
    private static readonly IReadOnlyDictionary<string, string> NoQuery =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Handles a delivery.</summary>
    public async Task<ApiResponse> PostAsync(HttpContext context, string channel)
    {
        ArgumentNullException.ThrowIfNull(context);
        var receivedAt = time.GetUtcNow();
        if (intake.FindChannel(channel) is null)
        {
            return Problem.NotFound($"There is no webhook channel '{channel}'.");
        }

        var limit = options.Value.MaxWebhookBodyBytes;
        using var body = await RequestBody.ReadPooledAsync(context.Request, limit, context.RequestAborted)
            .ConfigureAwait(false);
        if (body is null)
        {
            return Problem.Of(StatusCodes.Status413PayloadTooLarge, "Body too large",
                $"The webhook body is larger than the configured limit of {limit} bytes; nothing was accepted.");
        }

        // The body's buffer goes back to the pool when this method ends: the intake keeps no reference to it.
        IntakeResult result;
        try
        {
            result = await intake.AcceptAsync(ToRequest(context, channel, body.Memory, receivedAt),
                context.RequestAborted).ConfigureAwait(false);
        }
        catch (ChannelUnavailableException error)
        {
            return Unavailable(channel, error.Message);
        }

        return result.Status switch
        {
            IntakeStatus.Accepted => ApiResponse.Ok(new
            {
                status = "accepted", topic = result.Topic, movements = result.Accepted, unmapped = result.Unmapped,
            }),
            IntakeStatus.Ignored => ApiResponse.Ok(new { status = "ignored", topic = result.Topic, detail = result.Detail }),
            IntakeStatus.UnknownChannel => Problem.NotFound(result.Detail!),
            IntakeStatus.Unauthentic => Problem.Of(StatusCodes.Status401Unauthorized, "Not authentic",
                $"The {channel} delivery could not be verified: {result.Detail} Nothing was accepted."),
            _ => Problem.Invalid(result.Detail!, result.Problems),
        };
    }

    /// <summary>Answers a channel's GET challenge (eBay), or 405 where the channel has none.</summary>
    public async Task<ApiResponse> GetAsync(HttpContext context, string channel)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (intake.FindChannel(channel) is not { } adapter)
        {
            return Problem.NotFound($"There is no webhook channel '{channel}'.");
        }

        var request = ToRequest(context, channel, ReadOnlyMemory<byte>.Empty, time.GetUtcNow());
        ChallengeAnswer? answer;
        try
        {
            answer = await adapter.AnswerChallengeAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (ChannelUnavailableException error)
        {
            return Unavailable(channel, error.Message);
        }

        return answer is null
            ? Problem.Of(StatusCodes.Status405MethodNotAllowed, "Method not allowed",
                $"The {channel} webhook takes POST only.")
            : new ApiResponse(answer.StatusCode, answer.ContentType, answer.Body);
    }

    private static ApiResponse Unavailable(string channel, string why) =>
        Problem.Of(StatusCodes.Status503ServiceUnavailable, "Try again later",
            $"The {channel} delivery could not be accepted now: {why} Nothing was accepted; redeliver it later.");

    private static WebhookRequest ToRequest(
        HttpContext context, string channel, ReadOnlyMemory<byte> body, DateTimeOffset at)
    {
        var request = context.Request;
        var query = request.Query.Count == 0 ? NoQuery : CopyQuery(request.Query);
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        return new WebhookRequest(Lower(channel), Upper(request.Method), new HeaderValues(request.Headers), query,
            body, url, at);
    }

    private static Dictionary<string, string> CopyQuery(IQueryCollection values)
    {
        var query = new Dictionary<string, string>(values.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            query[name] = value.ToString();
        }

        return query;
    }

    // Routes and methods nearly always arrive in the expected case already; only convert when they do not.
    private static string Lower(string text) =>
        text.AsSpan().ContainsAnyInRange('A', 'Z') ? text.ToLowerInvariant() : text;

    private static string Upper(string text) =>
        text.AsSpan().ContainsAnyInRange('a', 'z') ? text.ToUpperInvariant() : text;
}
