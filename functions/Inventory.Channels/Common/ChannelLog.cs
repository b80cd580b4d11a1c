using Inventory.Core.Webhooks;
using Microsoft.Extensions.Logging;

namespace Inventory.Channels.Common;

/// <summary>Source-generated log messages of the channel adapters (EventIds 4000-4999). Never logs a secret.</summary>
internal static partial class ChannelLog
{
    /// <summary>Logs what a parse produced and hands the result back.</summary>
    public static WebhookParseResult Report(ILogger logger, string channel, WebhookParseResult result)
    {
        switch (result.Status)
        {
            case WebhookParseStatus.Malformed:
                Malformed(logger, channel, result.Topic, result.Problems.Count, result.Problems[0].Field);
                break;
            case WebhookParseStatus.Unsupported:
                Unsupported(logger, channel, result.Topic);
                break;
            default:
                Parsed(logger, channel, result.Topic, result.Movements.Count);
                if (result.Unmapped.Count > 0)
                {
                    Unmapped(logger, channel, result.Topic, result.Unmapped.Count);
                }

                break;
        }

        return result;
    }

    /// <summary>Logs a refusal and hands it back.</summary>
    public static WebhookVerification Refuse(ILogger logger, string channel, string reason)
    {
        DeliveryRefused(logger, channel, reason);
        return WebhookVerification.Refused(reason);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "A {Channel} delivery was refused: {Reason}")]
    public static partial void DeliveryRefused(ILogger logger, string channel, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "A {Channel} {Topic} delivery is malformed ({ProblemCount} problems, first at {Field}); nothing was "
            + "taken from it")]
    public static partial void Malformed(ILogger logger, string channel, string topic, int problemCount, string field);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information,
        Message = "A {Channel} {Topic} delivery was acknowledged without action: the topic is not supported")]
    public static partial void Unsupported(ILogger logger, string channel, string topic);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning,
        Message = "A {Channel} {Topic} delivery has {UnmappedCount} lines that match no SKU; map their listings so "
            + "they count")]
    public static partial void Unmapped(ILogger logger, string channel, string topic, int unmappedCount);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Debug,
        Message = "A {Channel} {Topic} delivery gave {MovementCount} movements")]
    public static partial void Parsed(ILogger logger, string channel, string topic, int movementCount);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Error,
        Message = "The {Channel} API call {Operation} failed with status {StatusCode}; the delivery should be retried")]
    public static partial void ApiFailed(ILogger logger, string channel, string operation, int statusCode);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information,
        Message = "Fetched the {Channel} public key {KeyId}; it is cached for {CacheMinutes} minutes")]
    public static partial void PublicKeyFetched(ILogger logger, string channel, string keyId, double cacheMinutes);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information,
        Message = "Answered the {Channel} endpoint challenge")]
    public static partial void ChallengeAnswered(ILogger logger, string channel);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Warning,
        Message = "Could not answer the {Channel} endpoint challenge: {Reason}")]
    public static partial void ChallengeRefused(ILogger logger, string channel, string reason);
}
