using Inventory.Core.Stock;

namespace Inventory.Core.Sync.Allocation;

/// <summary>The answer of <see cref="ChannelRulesService"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Rules">The channel's rules: as stored after a success, as they stand now after a conflict; null
/// otherwise.</param>
/// <param name="Failures">What is wrong, by field path (for example <c>listings[0].bufferPercent</c>); empty unless
/// <see cref="ChannelRulesStatus.Invalid"/> or <see cref="ChannelRulesStatus.UnknownChannel"/>.</param>
public sealed record ChannelRulesResult(
    ChannelRulesStatus Status,
    ChannelRulesResponse? Rules,
    IReadOnlyList<ValidationFailure> Failures);
