using Inventory.Core.Stock;

namespace Inventory.Core.Webhooks;

/// <summary>The canonical content of one webhook delivery.</summary>
public sealed record WebhookParseResult
{
    /// <summary>Parsed, unsupported or malformed.</summary>
    public required WebhookParseStatus Status { get; init; }

    /// <summary>The topic or notification type the channel named.</summary>
    public required string Topic { get; init; }

    /// <summary>The movements to apply; each movement's id is its dedupe key, stable across redeliveries.</summary>
    public IReadOnlyList<Movement> Movements { get; init; } = [];

    /// <summary>Lines whose listing maps to no SKU.</summary>
    public IReadOnlyList<UnmappedLine> Unmapped { get; init; } = [];

    /// <summary>What is wrong with a malformed body, field by field.</summary>
    public IReadOnlyList<ValidationFailure> Problems { get; init; } = [];

    /// <summary>A supported delivery.</summary>
    public static WebhookParseResult Parsed(
        string topic, IReadOnlyList<Movement> movements, IReadOnlyList<UnmappedLine>? unmapped = null) =>
        new() { Status = WebhookParseStatus.Parsed, Topic = topic, Movements = movements, Unmapped = unmapped ?? [] };

    /// <summary>A topic the product does not act on.</summary>
    public static WebhookParseResult Unsupported(string topic) =>
        new() { Status = WebhookParseStatus.Unsupported, Topic = topic };

    /// <summary>A body that does not hold what its topic promises.</summary>
    public static WebhookParseResult Malformed(string topic, params ValidationFailure[] problems) =>
        new() { Status = WebhookParseStatus.Malformed, Topic = topic, Problems = problems };
}
