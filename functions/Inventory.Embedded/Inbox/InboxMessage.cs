namespace Inventory.Embedded.Inbox;

/// <summary>A message waiting in the embedded inbox.</summary>
internal sealed record InboxMessage(long Seq, string MessageId, string Session, byte[] Body, int Attempts);
