namespace Inventory.Core.Sync;

/// <summary>The quantity one channel should show for a SKU.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Quantity">The quantity to publish; never below zero.</param>
public sealed record ChannelTargetQuantity(string Channel, int Quantity);
