namespace Inventory.Core.Sync.Allocation;

/// <summary>The rule set as stored, with the tag that guards replacing it.</summary>
/// <param name="RuleSet">The rules.</param>
/// <param name="ETag">The stored version's tag; null when nothing is stored and <paramref name="RuleSet"/> is the
/// defaults.</param>
public sealed record StoredChannelRules(ChannelRuleSet RuleSet, string? ETag)
{
    /// <summary>Whether these are the defaults because no rules have been stored yet.</summary>
    public bool IsDefault => ETag is null;
}
