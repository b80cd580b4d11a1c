namespace Inventory.Embedded.Planning.Synthetic;

/// <summary>An order line the generator placed and has not yet shipped or cancelled.</summary>
/// <param name="Reference">The order id.</param>
/// <param name="Channel">The channel it came from.</param>
/// <param name="Units">Units on the line.</param>
/// <param name="Day">The day index it was placed on.</param>
internal sealed record SyntheticOrderLine(string Reference, int Channel, int Units, int Day);
