using System.Diagnostics.CodeAnalysis;
using Azure.Messaging.ServiceBus;
using Inventory.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace Inventory.Azure.Messaging;

/// <summary>
/// Handles one movement message: reads the envelope, applies it through <see cref="MovementProcessor"/> and settles
/// the message by the processor's decision. It has the shape a <c>[ServiceBusTrigger]</c> function would call, so the
/// hosted session processor can later give way to the trigger without touching this class.
/// </summary>
/// <remarks>
/// Every message is settled exactly once, here; nothing is left for the processor to complete automatically.
/// Settlement is not cancelled by shutdown: once the store has decided, recording that decision is cheaper than a
/// redelivery, and the client's own timeouts bound the call.
/// <para>
/// Known shortcomings. An abandoned message comes back at once, with no back-off, so a retry only helps once the
/// contention or outage is over; the store retries with jitter before asking for one, and the queue's maximum
/// delivery count ends the loop in the dead letters. When the sync request fails after the movement was applied,
/// the message is abandoned and its redelivery is a duplicate, which completes without asking for the sync again:
/// that SKU's channel quantities wait for its next movement or for the reconciliation run.
/// </para>
/// </remarks>
internal sealed class MovementMessageHandler(MovementProcessor processor, ILogger<MovementMessageHandler> logger)
{
    /// <summary>Processes and settles <paramref name="message"/>. Throws only when settling itself fails.</summary>
    public async Task HandleAsync(
        ServiceBusReceivedMessage message, IMessageSettlement settlement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settlement);

        if (!TryRead(message, out var envelope, out var problem))
        {
            ServiceBusLog.Poison(logger, message.MessageId, message.SessionId, message.DeliveryCount, problem);
            await settlement.DeadLetterMessageAsync(
                message,
                MovementMessageProperties.PoisonReasonCode,
                Truncate(problem),
                CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var sku = envelope.Movement.Sku;
        ProcessingResult result;
        try
        {
            result = await processor.ProcessAsync(envelope, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ServiceBusLog.Cancelled(logger, message.MessageId, sku);
            await settlement.AbandonMessageAsync(message, CancellationToken.None).ConfigureAwait(false);
            return;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Whatever broke (the store's connection, a defect), the movement was not decided: another delivery may
            // succeed, and the queue's maximum delivery count dead-letters a message that never does.
            ServiceBusLog.Failed(logger, error, message.MessageId, sku, message.DeliveryCount);
            await settlement.AbandonMessageAsync(message, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        await SettleAsync(message, settlement, sku, result).ConfigureAwait(false);
    }

    private async Task SettleAsync(
        ServiceBusReceivedMessage message, IMessageSettlement settlement, string sku, ProcessingResult result)
    {
        switch (result.Decision)
        {
            case ProcessingDecision.Complete:
                await settlement.CompleteMessageAsync(message, CancellationToken.None).ConfigureAwait(false);
                ServiceBusLog.Completed(logger, message.MessageId, sku, message.DeliveryCount);
                break;

            case ProcessingDecision.Retry:
                ServiceBusLog.Abandoned(logger, message.MessageId, sku, message.DeliveryCount,
                    result.Reason ?? "the stock store asked for a retry");
                await settlement.AbandonMessageAsync(message, CancellationToken.None).ConfigureAwait(false);
                break;

            case ProcessingDecision.DeadLetter:
                var reasonCode = result.ReasonCode ?? "MovementRefused";
                var description = result.Reason ?? $"The movement for SKU '{sku}' was refused by the stock store.";
                ServiceBusLog.DeadLettered(logger, message.MessageId, sku, message.DeliveryCount, reasonCode,
                    description);
                await settlement.DeadLetterMessageAsync(
                    message, Truncate(reasonCode), Truncate(description), CancellationToken.None).ConfigureAwait(false);
                break;

            default:
                throw new InvalidOperationException(
                    $"Processing message '{message.MessageId}' for SKU '{sku}' returned the unknown decision "
                    + $"{result.Decision}; the message was not settled and will be delivered again.");
        }
    }

    private static bool TryRead(
        ServiceBusReceivedMessage message,
        [NotNullWhen(true)] out MovementEnvelope? envelope,
        [NotNullWhen(false)] out string? problem)
    {
        if (!MovementProcessor.TryReadEnvelope(message.Body.ToMemory().Span, out envelope, out problem))
        {
            problem ??= "The message body could not be read as a movement envelope.";
            envelope = null;
            return false;
        }

        // The session is the SKU's ordering lane: a movement in another SKU's session could overtake (or be
        // overtaken by) its own SKU's movements, so it is refused rather than applied out of order.
        if (!string.Equals(message.SessionId, envelope!.SessionId, StringComparison.Ordinal))
        {
            problem = $"Message '{message.MessageId}' is in session '{message.SessionId}' but its movement "
                + $"'{envelope.Movement.Id}' is for SKU '{envelope.Movement.Sku}'; applying it would break that "
                + "SKU's order. Publish it again with the SKU as its session id.";
            envelope = null;
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>Shortens text to what Service Bus accepts as a dead-letter reason or description.</summary>
    internal static string Truncate(string text)
    {
        const int Max = MovementMessageProperties.MaxDeadLetterTextLength;
        if (text.Length <= Max)
        {
            return text;
        }

        // Never cut a surrogate pair in half: the broker would receive invalid UTF-16.
        var cut = Max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
