using Inventory.Core.Stock;

namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// The use case behind <c>GET/PUT /api/channels/{channel}/rules</c>: reads a channel's listings, and validates and
/// stores a replacement for them.
/// </summary>
public sealed class ChannelRulesService(IChannelRuleStore store)
{
    /// <summary>The channel's rules (the defaults while none are stored).</summary>
    public async Task<ChannelRulesResult> GetAsync(string channel, CancellationToken cancellationToken = default)
    {
        if (UnknownChannel(channel) is { } unknown)
        {
            return unknown;
        }

        var stored = await store.GetAsync(cancellationToken).ConfigureAwait(false);
        return new ChannelRulesResult(ChannelRulesStatus.Ok, ChannelRulesResponse.From(channel, stored), []);
    }

    /// <summary>Replaces the channel's listings with those in <paramref name="request"/>.</summary>
    /// <param name="channel">The channel from the route.</param>
    /// <param name="request">The new listings.</param>
    /// <param name="ifMatch">The <c>If-Match</c> ETag of the request, or null to write over the current rules.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<ChannelRulesResult> PutAsync(
        string channel,
        ChannelRulesRequest request,
        string? ifMatch = null,
        CancellationToken cancellationToken = default)
    {
        if (UnknownChannel(channel) is { } unknown)
        {
            return unknown;
        }

        var failures = new List<ValidationFailure>();
        var rules = ToRules(channel, request, failures);
        if (failures.Count > 0)
        {
            return new ChannelRulesResult(ChannelRulesStatus.Invalid, null, failures);
        }

        var write = await store.PutChannelAsync(channel, rules, ifMatch, cancellationToken).ConfigureAwait(false);
        var response = ChannelRulesResponse.From(channel, write.Current);
        return write.Saved
            ? new ChannelRulesResult(ChannelRulesStatus.Ok, response, [])
            : new ChannelRulesResult(ChannelRulesStatus.Conflict, response,
            [
                new ValidationFailure("If-Match",
                    $"The rules of channel '{channel}' changed since they were read; read them again, reapply the "
                    + "change and send the new ETag."),
            ]);
    }

    private static List<ChannelRule> ToRules(
        string channel, ChannelRulesRequest? request, List<ValidationFailure> failures)
    {
        if (request?.Listings is null)
        {
            failures.Add(new("listings",
                "The listings are required: send every listing of the channel, or an empty list to list nothing."));
            return [];
        }

        var rules = new List<ChannelRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Listings.Count; i++)
        {
            var path = $"listings[{i}]";
            var listing = request.Listings[i];
            if (listing is null)
            {
                failures.Add(new(path, "A listing is required at this position; remove the empty entry."));
                continue;
            }

            var rule = listing.ToRule(channel, path, failures);
            ChannelRuleValidator.ValidateRule(failures, path, rule);
            if (listing.Listing is not null && !seen.Add(listing.Listing))
            {
                failures.Add(new($"{path}.listing", $"Listing '{listing.Listing}' appears more than once; keep one."));
            }

            rules.Add(rule);
        }

        return rules;
    }

    private static ChannelRulesResult? UnknownChannel(string channel) =>
        KnownChannels.IsKnown(channel)
            ? null
            : new ChannelRulesResult(ChannelRulesStatus.UnknownChannel, null,
            [
                new ValidationFailure("channel",
                    $"Channel '{channel}' is not known; use one of {string.Join(", ", KnownChannels.All)}."),
            ]);
}
