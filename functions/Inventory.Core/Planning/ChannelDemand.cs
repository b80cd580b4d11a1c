namespace Inventory.Core.Planning;

/// <summary>One channel's fitted demand model for a SKU at a location.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Forecast">The fitted model.</param>
public sealed record ChannelDemand(string Channel, ChannelForecast Forecast);
