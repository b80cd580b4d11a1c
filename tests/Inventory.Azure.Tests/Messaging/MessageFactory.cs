using Azure.Messaging.ServiceBus;
using Inventory.Core.Messaging;
using Inventory.Core.Stock;
using Inventory.Testing.Stock;

namespace Inventory.Azure.Tests.Messaging;

/// <summary>Builds envelopes and received messages the way the publisher and the broker would.</summary>
internal static class MessageFactory
{
    public static MovementEnvelope Envelope(Movement movement) =>
        MovementEnvelope.For(movement, "shopify", "orders/fulfilled", MovementFactory.Epoch);

    public static ServiceBusReceivedMessage Received(
        MovementEnvelope envelope, string? sessionId = null, int deliveryCount = 1) =>
        Received(MovementProcessor.WriteEnvelope(envelope), envelope.MessageId, sessionId ?? envelope.SessionId,
            deliveryCount);

    public static ServiceBusReceivedMessage Received(
        byte[] body, string messageId, string sessionId, int deliveryCount = 1) =>
        ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: BinaryData.FromBytes(body),
            messageId: messageId,
            sessionId: sessionId,
            contentType: "application/json",
            deliveryCount: deliveryCount);
}
