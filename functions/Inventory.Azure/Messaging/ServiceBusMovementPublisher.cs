using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Inventory.Core.Messaging;
using Microsoft.Extensions.Logging;

namespace Inventory.Azure.Messaging;

/// <summary>
/// Publishes movements to the Service Bus queue: one message per envelope, its id the movement id (the queue's
/// duplicate detection drops a second copy) and its session the SKU (one SKU is applied in order).
/// </summary>
/// <remarks>
/// Envelopes are sent in as few batches as fit. Every batch is built before the first is sent, so a movement too
/// large for a message fails the call with nothing sent. When a later batch fails after an earlier one was sent,
/// the call fails, the caller does not acknowledge its delivery, and the retried delivery sends every envelope
/// again: the copies that already arrived are dropped by duplicate detection and, past its window, by the stock
/// store's idempotency. So "all or none" holds once the retry has gone through.
/// A batch may hold several sessions; that is allowed on a queue that is not partitioned, which this one is not.
/// The sender is closed with the <see cref="ServiceBusClient"/> it came from.
/// </remarks>
internal sealed class ServiceBusMovementPublisher(ServiceBusSender sender, ILogger<ServiceBusMovementPublisher> logger)
    : IMovementPublisher
{
    /// <inheritdoc />
    public async Task PublishAsync(
        IReadOnlyList<MovementEnvelope> envelopes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        if (envelopes.Count == 0)
        {
            return;
        }

        var batches = await BuildBatchesAsync(envelopes, cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var batch in batches)
            {
                await sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error)
        {
            // Logged here because only the publisher knows the queue; the caller decides what the failure means.
            ServiceBusLog.PublishFailed(logger, error, envelopes.Count, sender.EntityPath);
            throw;
        }
        finally
        {
            DisposeAll(batches);
        }

        ServiceBusLog.Published(logger, envelopes.Count, sender.EntityPath, batches.Count);
    }

    /// <summary>The message for one envelope: the body plus the properties routing and diagnosis need.</summary>
    internal static ServiceBusMessage ToMessage(MovementEnvelope envelope)
    {
        var message = new ServiceBusMessage(BinaryData.FromBytes(MovementProcessor.WriteEnvelope(envelope)))
        {
            MessageId = envelope.MessageId,
            SessionId = envelope.SessionId,
            ContentType = MovementMessageProperties.ContentType,

            // The kind as the body spells it, so a subscription filter or a search matches either.
            Subject = JsonNamingPolicy.CamelCase.ConvertName(envelope.Movement.Kind.ToString()),
        };
        message.ApplicationProperties[MovementMessageProperties.SchemaVersion] = envelope.SchemaVersion;
        message.ApplicationProperties[MovementMessageProperties.Channel] = envelope.Channel;
        message.ApplicationProperties[MovementMessageProperties.Topic] = envelope.Topic;
        return message;
    }

    private async Task<List<ServiceBusMessageBatch>> BuildBatchesAsync(
        IReadOnlyList<MovementEnvelope> envelopes, CancellationToken cancellationToken)
    {
        var batches = new List<ServiceBusMessageBatch>();
        try
        {
            var batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
            batches.Add(batch);
            foreach (var envelope in envelopes)
            {
                var message = ToMessage(envelope);
                if (batch.TryAddMessage(message))
                {
                    continue;
                }

                if (batch.Count > 0)
                {
                    batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
                    batches.Add(batch);
                    if (batch.TryAddMessage(message))
                    {
                        continue;
                    }
                }

                throw TooLarge(envelope, message, batch.MaxSizeInBytes);
            }

            return batches;
        }
        catch
        {
            DisposeAll(batches);
            throw;
        }
    }

    private static InvalidOperationException TooLarge(
        MovementEnvelope envelope, ServiceBusMessage message, long maxSizeInBytes)
    {
        var movement = envelope.Movement;
        return new InvalidOperationException(
            $"Movement '{movement.Id}' ({movement.Kind}) for SKU '{movement.Sku}' at '{movement.Location}' is "
            + $"{message.Body.ToMemory().Length} bytes, more than one Service Bus message may carry "
            + $"({maxSizeInBytes} bytes for the whole message); nothing was published. Shorten its reason or "
            + "reference, or raise the queue's maximum message size.");
    }

    private static void DisposeAll(List<ServiceBusMessageBatch> batches)
    {
        foreach (var batch in batches)
        {
            batch.Dispose();
        }
    }
}
