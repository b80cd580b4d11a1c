using Inventory.Core.Catalog;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Microsoft.Extensions.Logging;

namespace Inventory.Core.Webhooks;

/// <summary>
/// Replays kept unmapped lines whose listing has been mapped since: each line's movements are queued as the webhook
/// would have queued them, with the same movement ids, and the line is marked replayed.
/// </summary>
/// <remarks>
/// <para>
/// Nothing is applied twice: the movement ids are the webhook's own dedupe keys, the queue keeps one message per id
/// and the stock store applies a movement id once. A crash between queueing and marking therefore only makes the
/// next replay queue the same ids again.
/// </para>
/// <para>
/// Lines are replayed oldest first, so an order's commit is queued before its cancellation or shipment when both were
/// kept. Only the <c>limit</c> newest lines are read per call; a seller with more calls it again until nothing is
/// replayed.
/// </para>
/// </remarks>
public sealed partial class UnmappedLineReplay(
    IUnmappedLineStore lines,
    IListingMap listings,
    IMovementPublisher publisher,
    TimeProvider time,
    ILogger<UnmappedLineReplay> logger)
{
    /// <summary>Replays the mapped lines among the <paramref name="limit"/> newest kept ones.</summary>
    public async Task<UnmappedReplayResult> ReplayAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var kept = await lines.ListAsync(limit, cancellationToken).ConfigureAwait(false);
        var replayed = new List<ReplayedLine>();
        var stillUnmapped = new List<string>();
        var notReplayable = new List<string>();

        var pending = kept.Where(line => line.ReplayedAt is null)
            .OrderBy(line => line.OccurredAt ?? line.ReceivedAt)
            .ThenBy(line => line.ReceivedAt)
            .ThenBy(line => line.Id, StringComparer.Ordinal);
        foreach (var line in pending)
        {
            if (!line.IsReplayable)
            {
                notReplayable.Add(line.Id);
                continue;
            }

            var sku = await listings.FindSkuAsync(line.Channel, line.ExternalId, cancellationToken)
                .ConfigureAwait(false);
            var movements = sku is null ? [] : MovementsOf(line, sku);
            if (movements.Count == 0)
            {
                stillUnmapped.Add(line.Id);
                continue;
            }

            var envelopes = movements
                .Select(m => MovementEnvelope.For(m, line.Channel, line.Topic, line.ReceivedAt))
                .ToList();
            await publisher.PublishAsync(envelopes, cancellationToken).ConfigureAwait(false);
            await lines.MarkReplayedAsync(
                line with { ReplayedSku = sku, ReplayedAt = time.GetUtcNow() }, cancellationToken)
                .ConfigureAwait(false);
            LogReplayed(logger, line.Channel, line.Id, sku!, movements.Count);
            replayed.Add(new ReplayedLine(line.Id, sku!, movements.Count));
        }

        return new UnmappedReplayResult(replayed, stillUnmapped, notReplayable);
    }

    /// <summary>The line's movements for the SKU, or none when the SKU cannot hold them (an unstorable mapping).
    /// </summary>
    private static List<Movement> MovementsOf(UnmappedLine line, string sku)
    {
        var movements = line.Steps!.Select(step => new Movement
        {
            Id = step.Id,
            Kind = step.Kind,
            Sku = sku,
            Location = line.Location!,
            Quantity = step.Quantity,
            Reference = line.Reference,
            Source = new MovementSource(line.Channel, line.Reference),
            OccurredAt = line.OccurredAt ?? line.ReceivedAt,
        }).ToList();
        return movements.All(m => MovementValidator.Validate(m).Count == 0) ? movements : [];
    }

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information,
        Message = "Replayed unmapped {Channel} line {LineId} as SKU {Sku}: {Movements} movement(s) queued")]
    private static partial void LogReplayed(ILogger logger, string channel, string lineId, string sku, int movements);
}
