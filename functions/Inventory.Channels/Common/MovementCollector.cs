using Inventory.Core.Catalog;
using Inventory.Core.Stock;
using Inventory.Core.Webhooks;

namespace Inventory.Channels.Common;

/// <summary>
/// Turns channel lines into movements for one delivery: resolves each line's SKU (the line's own SKU, else the
/// listing map, else an unmapped line) and checks every movement with <see cref="MovementValidator"/>.
/// </summary>
/// <remarks>
/// A line SKU that the stock store cannot hold (for example one containing <c>|</c>) is treated like a missing SKU:
/// the listing map is asked, and failing that the line is kept as unmapped. Refusing the whole delivery as malformed
/// would drop its valid lines too and make the channel redeliver a body that can never succeed.
/// </remarks>
internal sealed class MovementCollector(
    string channel, string topic, IListingMap listingMap, WebhookRequest request, PayloadProblems problems)
{
    private readonly List<Movement> _movements = [];
    private readonly List<UnmappedLine> _unmapped = [];

    public PayloadProblems Problems => problems;

    public DateTimeOffset ReceivedAt => request.ReceivedAt;

    /// <summary>Adds the movements <paramref name="steps"/> for one line, or one unmapped line.</summary>
    public async ValueTask AddLineAsync(
        ChannelLine line,
        string location,
        string reference,
        DateTimeOffset? occurredAt,
        IReadOnlyList<MovementStep> steps,
        CancellationToken cancellationToken)
    {
        if (steps.Count == 0)
        {
            return;
        }

        var sku = await ResolveSkuAsync(line, cancellationToken).ConfigureAwait(false);
        if (sku is null)
        {
            if (!string.IsNullOrWhiteSpace(line.Sku) || line.ListingId is not null)
            {
                _unmapped.Add(new UnmappedLine(
                    steps[^1].Id,
                    channel,
                    line.ListingId ?? line.Sku ?? string.Empty,
                    line.Sku,
                    topic,
                    line.Quantity,
                    reference,
                    request.ReceivedAt)
                {
                    Location = location,
                    OccurredAt = occurredAt,
                    Steps = [.. steps.Select(step => new UnmappedStep(step.Id, step.Kind, step.Quantity))],
                });
            }

            return;
        }

        foreach (var step in steps)
        {
            Add(new Movement
            {
                Id = step.Id,
                Kind = step.Kind,
                Sku = sku,
                Location = location,
                Quantity = step.Quantity,
                Reference = reference,
                Source = new MovementSource(channel, reference),
                OccurredAt = occurredAt ?? request.ReceivedAt,
            }, line.Path);
        }
    }

    /// <summary>Adds a movement that needs no line resolution, such as channel-held stock.</summary>
    public void Add(Movement movement, string path)
    {
        var failures = MovementValidator.Validate(movement);
        if (failures.Count == 0)
        {
            _movements.Add(movement);
            return;
        }

        foreach (var failure in failures)
        {
            problems.Add(Payload.Path(path, failure.Field), failure.Message);
        }
    }

    /// <summary>Adds an unmapped line built by the caller.</summary>
    public void AddUnmapped(UnmappedLine line) => _unmapped.Add(line);

    /// <summary>
    /// The SKU a line sells, or null when it maps to none (a missing SKU and listing id is a problem).
    /// </summary>
    public async ValueTask<string?> ResolveSkuAsync(ChannelLine line, CancellationToken cancellationToken)
    {
        if (IsStorable(line.Sku))
        {
            return line.Sku;
        }

        if (line.ListingId is null)
        {
            if (string.IsNullOrWhiteSpace(line.Sku))
            {
                problems.Add(
                    Payload.Path(line.Path, "sku"),
                    "The line has neither a SKU nor a listing id, so it cannot be matched to any stock.");
            }

            return null;
        }

        var mapped = await listingMap.FindSkuAsync(channel, line.ListingId, cancellationToken).ConfigureAwait(false);
        return IsStorable(mapped) ? mapped : null;
    }

    public WebhookParseResult ToResult() => problems.Any
        ? WebhookParseResult.Malformed(topic, problems.ToArray())
        : WebhookParseResult.Parsed(topic, [.. _movements], [.. _unmapped]);

    private static bool IsStorable(string? sku) => MovementValidator.IsValidKeyPart(sku);
}
