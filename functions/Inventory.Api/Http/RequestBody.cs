using System.Buffers;
using System.Text.Json;
using Inventory.Core.Serialization;
using Inventory.Core.Stock;
using Microsoft.AspNetCore.Http;

namespace Inventory.Api.Http;

/// <summary>Reads request bodies with a size limit, and JSON with errors that name the field.</summary>
public static class RequestBody
{
    /// <summary>Reads the whole body, or returns null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Reads the whole body into a pooled buffer, or returns null when it is larger than <paramref name="limit"/>
    /// bytes. For the hot webhook route: no growing copies and no garbage per request. The caller disposes it.
    /// </summary>
    public static async Task<PooledBody?> ReadPooledAsync(
        HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        // One byte more than announced lets a body that runs past its Content-Length be seen without a second read.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)
                    .ConfigureAwait(false);
                if (read == 0)
                {
                    var body = new PooledBody(buffer, length);
                    buffer = null;
                    return body;
                }

                length += read;
                if (length > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Parses JSON into <typeparamref name="T"/>; on failure returns a 400 problem naming the path.</summary>
    public static (T? Value, ApiResponse? Problem) ParseJson<T>(ReadOnlySpan<byte> body)
        where T : class
    {
        if (body.IsEmpty)
        {
            return (null, Http.Problem.Invalid("The request body is empty; send a JSON object.", []));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, InventoryJson.Options);
            return value is null
                ? (null, Http.Problem.Invalid("The request body is JSON null; send a JSON object.", []))
                : (value, null);
        }
        catch (JsonException error)
        {
            var path = string.IsNullOrEmpty(error.Path) ? "$" : error.Path;
            return (null, Http.Problem.Invalid(
                $"The request body is not valid JSON for this route at {path}.",
                [new ValidationFailure(path, Explain(error))]));
        }
    }

    // The serializer's own message names .NET types; say it in the API's terms instead.
    private static string Explain(JsonException error) =>
        error.InnerException is null && error.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? "The value has the wrong type for this field (for example text where a number is expected)."
            : "The JSON is malformed here (cut short, or a missing comma, quote or bracket).";
}
