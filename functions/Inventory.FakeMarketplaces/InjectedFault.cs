namespace Inventory.FakeMarketplaces;

/// <summary>A fault a fake marketplace injected.</summary>
/// <param name="Channel">The channel, lower case.</param>
/// <param name="Kind">Which fault.</param>
/// <param name="Path">The request path.</param>
/// <param name="At">When.</param>
public sealed record InjectedFault(string Channel, FaultKind Kind, string Path, DateTimeOffset At);
