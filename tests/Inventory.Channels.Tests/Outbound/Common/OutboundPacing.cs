namespace Inventory.Channels.Tests.Outbound.Common;

/// <summary>
/// Test classes that measure pacing against the fakes' rate limits run alone: on two cores, tests running beside
/// them delay requests unevenly, and a request held back then let go arrives bunched with the next one.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutboundPacing
{
    public const string Name = "Outbound pacing";
}
