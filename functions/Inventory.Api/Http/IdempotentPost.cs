using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Inventory.Core.Documents;
using Inventory.Core.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Http;

/// <summary>
/// Honours the <c>Idempotency-Key</c> header on POSTs: the first response to a key is stored and every replay gets it
/// back, marked with <c>Idempotent-Replayed: true</c>. The key also names the operation's movements, so even two
/// replays racing each other apply nothing twice. Server errors are not stored: they may be retried. A record older
/// than <see cref="ApiOptions.IdempotencyRetention"/> has expired: the key then runs as a new request, whether or
/// not <see cref="IdempotencyRecordPurge"/> has deleted the record yet.
/// </summary>
public sealed partial class IdempotentPost(IDocumentStore documents, IOptions<ApiOptions> options, TimeProvider time)
{
    private readonly TimeSpan _retention = options.Value.IdempotencyRetention;

    /// <summary>The request header.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The response header set on a replayed response.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>Runs <paramref name="handler"/> once per key and route; returns the response and whether it was replayed.</summary>
    public async Task<(ApiResponse Response, bool Replayed)> RunAsync(
        HttpContext context, byte[] body, Func<string, Task<ApiResponse>> handler)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(handler);
        var key = context.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return (await handler(OperationIds.New()).ConfigureAwait(false), false);
        }

        if (key.Length > 200 || key.Any(char.IsControl))
        {
            return (Problem.Invalid("The Idempotency-Key header must be 1 to 200 printable characters.", []), false);
        }

        var route = $"{context.Request.Method} {context.Request.Path}";
        var id = Hex($"{route}\n{key}");
        var requestHash = Hex(body);
        var cancellation = context.RequestAborted;

        var existing = await documents.GetAsync<IdempotencyRecord>(DocumentCollections.Idempotency, id, cancellation)
            .ConfigureAwait(false);
        var expired = existing is not null && existing.Value.CreatedAt <= time.GetUtcNow() - _retention;
        if (existing is not null && !expired)
        {
            return (Replay(existing.Value, requestHash), true);
        }

        var response = await handler(OperationId(key)).ConfigureAwait(false);
        if (response.StatusCode >= 500)
        {
            return (response, false);
        }

        var record = new IdempotencyRecord(key, route, requestHash, response.StatusCode, response.ContentType,
            response.Body, time.GetUtcNow());
        var stored = expired
            ? await documents.TryReplaceAsync(DocumentCollections.Idempotency, id, record, existing!.ETag, cancellation)
                .ConfigureAwait(false)
            : await documents.TryCreateAsync(DocumentCollections.Idempotency, id, record, cancellation)
                .ConfigureAwait(false);
        if (stored is null)
        {
            // Another request with this key finished first: its response is the one every replay gets.
            var winner = await documents.GetAsync<IdempotencyRecord>(DocumentCollections.Idempotency, id, cancellation)
                .ConfigureAwait(false);
            if (winner is null)
            {
                // The expired record was purged under us: this response was given, so it is the one replays get.
                await documents.TryCreateAsync(DocumentCollections.Idempotency, id, record, cancellation)
                    .ConfigureAwait(false);
                return (response, false);
            }

            return (Replay(winner.Value, requestHash), true);
        }

        return (response, false);
    }

    private static ApiResponse Replay(IdempotencyRecord record, string requestHash) =>
        record.RequestHash == requestHash
            ? new ApiResponse(record.StatusCode, record.ContentType, record.Body)
            : Problem.Of(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                $"The Idempotency-Key '{record.Key}' was first used with a different request body on {record.Route}; "
                + "use a new key for a new request.");

    // Movement ids derive from the key, so it must be short and plain; any other key is used through its digest.
    private static string OperationId(string key) => PlainKey().IsMatch(key) ? key : Hex(key)[..32];

    private static string Hex(string text) => Hex(Encoding.UTF8.GetBytes(text));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [GeneratedRegex("^[A-Za-z0-9._-]{1,40}$")]
    private static partial Regex PlainKey();
}
