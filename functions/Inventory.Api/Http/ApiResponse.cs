using System.Text;
using System.Text.Json;
using Inventory.Core.Serialization;
using Microsoft.AspNetCore.Http;

namespace Inventory.Api.Http;

/// <summary>A response as a value: status, content type and body. Handlers return it so it can be stored for replay.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ContentType">The body's content type.</param>
/// <param name="Body">The body text (JSON).</param>
public sealed record ApiResponse(int StatusCode, string ContentType, string Body)
{
    /// <summary>The media type of JSON bodies.</summary>
    public const string Json = "application/json; charset=utf-8";

    /// <summary>The media type of RFC 7807 problem bodies.</summary>
    public const string ProblemJson = "application/problem+json; charset=utf-8";

    /// <summary>A JSON body in the product's camelCase shape.</summary>
    public static ApiResponse Ok<T>(T body, int statusCode = StatusCodes.Status200OK) =>
        new(statusCode, Json, JsonSerializer.Serialize(body, InventoryJson.Options));

    /// <summary>Writes the response.</summary>
    public async Task WriteAsync(HttpContext context, IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }
        }

        // Encoded straight into the response pipe with its length declared: no byte array per response, and no
        // chunked framing for a body whose size is known.
        var length = Encoding.UTF8.GetByteCount(Body);
        response.ContentLength = length;
        if (length == 0)
        {
            return;
        }

        var writer = response.BodyWriter;
        Encoding.UTF8.GetBytes(Body, writer.GetSpan(length));
        writer.Advance(length);
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
