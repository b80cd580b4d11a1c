using Inventory.Core.Documents;

namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// Channel rules in the document store: collection <c>channel-rules</c>, one document <c>rule-set</c> holding every
/// listing's rule with its overrides. Writes are compare-and-swap on the document's ETag.
/// </summary>
/// <remarks>
/// Per-SKU overrides live in the same document, so the set grows with them; Cosmos DB allows 2 MB a document,
/// room for some thousands of SKU overrides. Beyond that, SKU overrides belong in documents of their own.
/// </remarks>
public sealed class DocumentChannelRuleStore(IDocumentStore documents) : IChannelRuleStore
{
    /// <summary>The collection the rules are kept in.</summary>
    public const string Collection = "channel-rules";

    /// <summary>The id of the one document holding the set.</summary>
    public const string DocumentId = "rule-set";

    /// <summary>Attempts of an unconditional write before giving up under contention.</summary>
    private const int MaxAttempts = 5;

    /// <inheritdoc />
    public async Task<StoredChannelRules> GetAsync(CancellationToken cancellationToken = default)
    {
        var stored = await documents.GetAsync<ChannelRuleSet>(Collection, DocumentId, cancellationToken)
            .ConfigureAwait(false);
        return stored is null
            ? new StoredChannelRules(DefaultChannelRules.Create(), null)
            : new StoredChannelRules(stored.Value, stored.ETag);
    }

    /// <inheritdoc />
    public Task<ChannelRuleWrite> PutAsync(
        ChannelRuleSet ruleSet, string? ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return WriteAsync(_ => ruleSet, ifMatch, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ChannelRuleWrite> PutChannelAsync(
        string channel,
        IReadOnlyList<ChannelRule> rules,
        string? ifMatch,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(rules);
        return WriteAsync(current => current.WithChannel(channel, rules), ifMatch, cancellationToken);
    }

    private async Task<ChannelRuleWrite> WriteAsync(
        Func<ChannelRuleSet, ChannelRuleSet> change, string? ifMatch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync(cancellationToken).ConfigureAwait(false);
            if (ifMatch is not null && !string.Equals(ifMatch, current.ETag, StringComparison.Ordinal))
            {
                return new ChannelRuleWrite(false, current);
            }

            var next = change(current.RuleSet);
            var etag = current.ETag is null
                ? await documents.TryCreateAsync(Collection, DocumentId, next, cancellationToken).ConfigureAwait(false)
                : await documents.TryReplaceAsync(Collection, DocumentId, next, current.ETag, cancellationToken)
                    .ConfigureAwait(false);
            if (etag is not null)
            {
                return new ChannelRuleWrite(true, new StoredChannelRules(next, etag));
            }

            // Someone wrote in between. With an ETag that is the caller's conflict; without one, merge again.
            if (ifMatch is not null || attempt == MaxAttempts)
            {
                return new ChannelRuleWrite(
                    false, await GetAsync(cancellationToken).ConfigureAwait(false));
            }
        }
    }
}
