namespace Inventory.Core.Webhooks;

/// <summary>
/// One marketplace's inbound side: proves a delivery is authentic from its raw bytes, then turns it into canonical
/// movements. Implementations never throw for bad input: they return a refusal or a malformed result.
/// </summary>
public interface IWebhookChannel
{
    /// <summary>The route name, lower case: <c>shopify</c>, <c>amazon</c>, <c>walmart</c>, <c>ebay</c>, <c>tiktok</c>.</summary>
    string Name { get; }

    /// <summary>Checks authenticity on the raw body in constant time. Runs before anything parses the body.</summary>
    ValueTask<WebhookVerification> VerifyAsync(WebhookRequest request, CancellationToken cancellationToken);

    /// <summary>Parses an authentic delivery. May call the channel's order API when a notification lacks lines.</summary>
    ValueTask<WebhookParseResult> ParseAsync(WebhookRequest request, CancellationToken cancellationToken);

    /// <summary>Answers a GET challenge, or null when the channel has none (the route then answers 405).</summary>
    ValueTask<ChallengeAnswer?> AnswerChallengeAsync(WebhookRequest request, CancellationToken cancellationToken);
}
