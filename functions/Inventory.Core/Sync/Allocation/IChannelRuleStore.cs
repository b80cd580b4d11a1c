namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// Where the channel rules live. The whole set is one document with one ETag, so a change to one channel is
/// checked against the set it was read from. Stores do not validate; <see cref="ChannelRulesService"/> does.
/// </summary>
public interface IChannelRuleStore
{
    /// <summary>The stored rules, or <see cref="DefaultChannelRules.Create"/> with a null ETag when none are.</summary>
    Task<StoredChannelRules> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole set.</summary>
    /// <param name="ruleSet">The new rules.</param>
    /// <param name="ifMatch">The ETag the change was based on; null to write over whatever is stored.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<ChannelRuleWrite> PutAsync(
        ChannelRuleSet ruleSet, string? ifMatch, CancellationToken cancellationToken = default);

    /// <summary>Replaces the listings of one channel and keeps everything else.</summary>
    /// <param name="channel">The channel whose listings are replaced.</param>
    /// <param name="rules">The channel's new listings; empty removes them all (nothing is published there).</param>
    /// <param name="ifMatch">The ETag the change was based on; null to merge into whatever is stored.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<ChannelRuleWrite> PutChannelAsync(
        string channel,
        IReadOnlyList<ChannelRule> rules,
        string? ifMatch,
        CancellationToken cancellationToken = default);
}
