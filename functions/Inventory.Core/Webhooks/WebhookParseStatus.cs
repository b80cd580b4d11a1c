namespace Inventory.Core.Webhooks;

/// <summary>What a channel adapter made of an authentic delivery.</summary>
public enum WebhookParseStatus
{
    /// <summary>A supported topic: its movements (possibly none) and unmapped lines are in the result.</summary>
    Parsed = 1,

    /// <summary>A topic this product does not act on: acknowledged and counted so the channel keeps the subscription.</summary>
    Unsupported,

    /// <summary>The body is not what the topic promises: answered 400 with the problems, nothing is enqueued.</summary>
    Malformed,
}
