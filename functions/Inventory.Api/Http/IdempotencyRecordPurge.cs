using Inventory.Core.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inventory.Api.Http;

/// <summary>
/// Deletes the Idempotency-Key records older than <see cref="ApiOptions.IdempotencyRetention"/>, so the collection
/// holds about one retention period of POSTs instead of growing for ever. The hosts run it on a schedule (hourly);
/// replays are decided by <see cref="IdempotentPost"/> from each record's age, so a late purge changes nothing.
/// </summary>
public sealed partial class IdempotencyRecordPurge(
    IDocumentStore documents,
    IOptions<ApiOptions> options,
    TimeProvider time,
    ILogger<IdempotencyRecordPurge> logger)
{
    /// <summary>How many records one delete call takes; a purge repeats it until a call takes fewer.</summary>
    public const int BatchSize = 500;

    /// <summary>Deletes every expired record; returns how many were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow() - options.Value.IdempotencyRetention;
        var total = 0;
        int deleted;
        do
        {
            deleted = await documents
                .DeleteWrittenBeforeAsync(DocumentCollections.Idempotency, cutoff, BatchSize, cancellationToken)
                .ConfigureAwait(false);
            total += deleted;
        }
        while (deleted == BatchSize && !cancellationToken.IsCancellationRequested);

        LogPurged(logger, total, cutoff);
        return total;
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information,
        Message = "Deleted {Count} Idempotency-Key records written before {Cutoff}")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset cutoff);
}
