using Inventory.Core.Sync;

namespace Inventory.Functions.Sync;

/// <summary>The input of one SKU x channel sync orchestration: the channel, and the stock change to catch up with.
/// </summary>
/// <param name="Channel">The channel this orchestration pushes to.</param>
/// <param name="Request">The latest stock change of the SKU it knows of.</param>
public sealed record ChannelSyncRequest(string Channel, SyncRequest Request);
