namespace Inventory.Embedded.Inbox;

/// <summary>A message the consumer gave up on, and why.</summary>
/// <param name="MessageId">The message (movement) id.</param>
/// <param name="Session">The SKU it was for.</param>
/// <param name="ReasonCode">A short code: the rejection code, <c>PoisonMessage</c> or <c>MaxDeliveryCountExceeded</c>.</param>
/// <param name="Reason">What was wrong, in a sentence.</param>
/// <param name="Attempts">How many times it was delivered.</param>
/// <param name="DeadLetteredAt">When it was given up.</param>
/// <param name="Body">The message body as it was queued (JSON).</param>
public sealed record DeadLetter(
    string MessageId,
    string Session,
    string ReasonCode,
    string Reason,
    int Attempts,
    DateTimeOffset DeadLetteredAt,
    string Body);
