using System.Diagnostics.Metrics;
using Inventory.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace Inventory.Core.Webhooks;

/// <summary>
/// Accepts a webhook delivery: verifies it on its raw bytes, parses it, and durably queues its movements and keeps
/// its unmapped lines before anyone answers 200. Every refusal happens before anything is written.
/// </summary>
public sealed partial class WebhookIntake
{
    /// <summary>The meter the intake counters are published on.</summary>
    public const string MeterName = "Inventory.Webhooks";

    private readonly Dictionary<string, IWebhookChannel> _channels;
    private readonly IMovementPublisher _publisher;
    private readonly IUnmappedLineStore _unmapped;
    private readonly ILogger<WebhookIntake> _logger;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _movements;
    private readonly Counter<long> _unmappedLines;

    /// <summary>Creates the intake over the registered channels.</summary>
    public WebhookIntake(
        IEnumerable<IWebhookChannel> channels,
        IMovementPublisher publisher,
        IUnmappedLineStore unmapped,
        IMeterFactory meters,
        ILogger<WebhookIntake> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _channels = channels.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        _publisher = publisher;
        _unmapped = unmapped;
        _logger = logger;
        var meter = meters.Create(MeterName);
        _deliveries = meter.CreateCounter<long>("inventory.webhooks.deliveries", description: "Webhook deliveries by outcome");
        _movements = meter.CreateCounter<long>("inventory.webhooks.movements", description: "Movements queued");
        _unmappedLines = meter.CreateCounter<long>("inventory.webhooks.unmapped", description: "Lines with no SKU");
    }

    /// <summary>The channel of that name, if registered.</summary>
    public IWebhookChannel? FindChannel(string name) => _channels.GetValueOrDefault(name);

    /// <summary>Verifies, parses and durably accepts one delivery.</summary>
    public async Task<IntakeResult> AcceptAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (FindChannel(request.Channel) is not { } channel)
        {
            return Count(request, new IntakeResult(IntakeStatus.UnknownChannel, null, 0, 0,
                $"There is no channel '{request.Channel}'. Use one of: {string.Join(", ", _channels.Keys.Order())}.", []));
        }

        var verification = await channel.VerifyAsync(request, cancellationToken).ConfigureAwait(false);
        if (!verification.IsAuthentic)
        {
            LogRefused(_logger, channel.Name, verification.Reason ?? "signature mismatch");
            return Count(request, new IntakeResult(IntakeStatus.Unauthentic, null, 0, 0, verification.Reason, []));
        }

        var parsed = await channel.ParseAsync(request, cancellationToken).ConfigureAwait(false);
        switch (parsed.Status)
        {
            case WebhookParseStatus.Unsupported:
                LogIgnored(_logger, channel.Name, parsed.Topic);
                return Count(request, new IntakeResult(IntakeStatus.Ignored, parsed.Topic, 0, 0,
                    $"Topic '{parsed.Topic}' is not used by this product; acknowledged so the subscription stays on.",
                    []));

            case WebhookParseStatus.Malformed:
                LogMalformed(_logger, channel.Name, parsed.Topic, parsed.Problems.Count);
                return Count(request, new IntakeResult(IntakeStatus.Malformed, parsed.Topic, 0, 0,
                    $"The {channel.Name} '{parsed.Topic}' body is not valid: "
                    + string.Join(" ", parsed.Problems.Select(p => $"{p.Field}: {p.Message}")),
                    parsed.Problems));
        }

        // Unmapped lines first: if keeping them fails, nothing is queued and the channel retries the whole delivery.
        if (parsed.Unmapped.Count > 0)
        {
            await _unmapped.RecordAsync(parsed.Unmapped, cancellationToken).ConfigureAwait(false);
        }

        var envelopes = new MovementEnvelope[parsed.Movements.Count];
        for (var i = 0; i < envelopes.Length; i++)
        {
            envelopes[i] = MovementEnvelope.For(parsed.Movements[i], channel.Name, parsed.Topic, request.ReceivedAt);
        }

        await _publisher.PublishAsync(envelopes, cancellationToken).ConfigureAwait(false);

        _movements.Add(envelopes.Length, new KeyValuePair<string, object?>("channel", channel.Name));
        _unmappedLines.Add(parsed.Unmapped.Count, new KeyValuePair<string, object?>("channel", channel.Name));
        LogAccepted(_logger, channel.Name, parsed.Topic, envelopes.Length, parsed.Unmapped.Count);
        return Count(request, new IntakeResult(
            IntakeStatus.Accepted, parsed.Topic, envelopes.Length, parsed.Unmapped.Count, null, []));
    }

    private IntakeResult Count(WebhookRequest request, IntakeResult result)
    {
        _deliveries.Add(
            1,
            new KeyValuePair<string, object?>("channel", request.Channel.ToLowerInvariant()),
            new KeyValuePair<string, object?>("outcome", result.Status.ToString()),
            new KeyValuePair<string, object?>("topic", result.Topic));
        return result;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Accepted {Channel} {Topic}: {Movements} movements queued, {Unmapped} unmapped lines kept")]
    private static partial void LogAccepted(ILogger logger, string channel, string topic, int movements, int unmapped);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information,
        Message = "Acknowledged {Channel} {Topic} without acting on it: the topic is not used")]
    private static partial void LogIgnored(ILogger logger, string channel, string topic);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Refused a {Channel} delivery as not authentic: {Reason}")]
    private static partial void LogRefused(ILogger logger, string channel, string reason);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning,
        Message = "Refused a {Channel} {Topic} delivery as malformed ({Problems} problems)")]
    private static partial void LogMalformed(ILogger logger, string channel, string topic, int problems);
}
