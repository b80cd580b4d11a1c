namespace Inventory.Core.Sync.Allocation;

/// <summary>
/// What one listing publishes for every SKU, before ABC-class and SKU overrides.
/// </summary>
/// <remarks>
/// <para><b>Listings and channels.</b> A channel is a marketplace account that one channel client pushes to
/// (<c>amazon</c>). A listing is one quantity that channel shows for a SKU, and it is what a rule is for: each
/// listing gets its own target. Most channels have one listing named like the channel. Amazon has two:
/// <c>amazon</c>, merchant-fulfilled and fed by our own warehouses, and <c>amazon-fba</c>, fed by the FBA location
/// only. A listing's name is the channel's name or starts with it and a hyphen (<c>amazon-fba</c>), so the channel
/// is always readable from the listing and the rules API can address a channel and get all its listings.</para>
/// <para><b>Order of the rules</b>, for one SKU: available from the feeding locations (negative locations count as
/// 0); then the percentage buffer (what is published rounds down); then the fixed reserve; then, when
/// <see cref="LagAware"/>, the lag buffer; then the cap <see cref="MaxListed"/>; then <see cref="MinimumToList"/>
/// (below it, 0). Scarce pools are then shared between listings (see <see cref="ChannelAllocator"/>), and the
/// minimum is checked again on each listing's share.</para>
/// </remarks>
public sealed record ChannelRule
{
    /// <summary>The default lag percentile the lag-aware buffer uses.</summary>
    public const int DefaultLagPercentile = 95;

    /// <summary>The channel whose client publishes the listing, lower case (see <see cref="KnownChannels"/>).</summary>
    public required string Channel { get; init; }

    /// <summary>The listing's name: the channel's name, or the channel's name, a hyphen and a suffix.</summary>
    public required string Listing { get; init; }

    /// <summary>
    /// The locations whose available stock this listing may sell. Empty means every location the SKU has that is
    /// not channel-held (see <see cref="ChannelRuleSet.ChannelHeldLocations"/>).
    /// </summary>
    /// <value>Defaults to empty: all own locations.</value>
    public IReadOnlyList<string> FeedingLocations { get; init; } = [];

    /// <summary>Percentage of the feeding available held back, 0 to 100; the published part rounds down.</summary>
    /// <value>Defaults to 0.</value>
    public int BufferPercent { get; init; }

    /// <summary>Units always held back after the percentage buffer.</summary>
    /// <value>Defaults to 0.</value>
    public int FixedReserve { get; init; }

    /// <summary>The most this listing ever shows; null for no cap.</summary>
    /// <value>Defaults to null (no cap).</value>
    public int? MaxListed { get; init; }

    /// <summary>Below this quantity the listing shows 0 instead, so a last unit or two is not offered.</summary>
    /// <value>Defaults to 0 (anything is listed).</value>
    public int MinimumToList { get; init; }

    /// <summary>Allocation priority when stock is scarce; lower is served first.</summary>
    /// <value>Defaults to 100.</value>
    public int Priority { get; init; } = 100;

    /// <summary>
    /// Whether to also hold back what the listing is expected to sell during its measured sync lag:
    /// <c>ceil(units per second x lag seconds at <see cref="LagPercentile"/>)</c>.
    /// </summary>
    /// <value>Defaults to false.</value>
    public bool LagAware { get; init; }

    /// <summary>The percentile of the measured sync lag the lag-aware buffer covers, 1 to 100.</summary>
    /// <value>Defaults to 95.</value>
    public int LagPercentile { get; init; } = DefaultLagPercentile;

    /// <summary>Overrides for SKUs of an ABC class; a SKU's own override wins over these.</summary>
    /// <value>Defaults to none.</value>
    public IReadOnlyDictionary<AbcClass, RuleOverride> ClassOverrides { get; init; } =
        new Dictionary<AbcClass, RuleOverride>();

    /// <summary>Overrides for single SKUs, keyed by SKU (exact match); they win over class overrides.</summary>
    /// <value>Defaults to none.</value>
    public IReadOnlyDictionary<string, RuleOverride> SkuOverrides { get; init; } =
        new Dictionary<string, RuleOverride>(StringComparer.Ordinal);

    /// <summary>
    /// The rule that applies to <paramref name="sku"/>: field by field, the SKU's override if it sets the field,
    /// else the class override if it does, else this rule's own value.
    /// </summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="abcClass">The SKU's class, or null when it has none yet.</param>
    /// <returns>The effective rule, without overrides of its own, and the most specific level that set it.</returns>
    public (ChannelRule Rule, RuleLevel Level) ResolveFor(string sku, AbcClass? abcClass)
    {
        ArgumentNullException.ThrowIfNull(sku);
        var effective = this with
        {
            ClassOverrides = new Dictionary<AbcClass, RuleOverride>(),
            SkuOverrides = new Dictionary<string, RuleOverride>(StringComparer.Ordinal),
        };
        var level = RuleLevel.Channel;

        if (abcClass is { } cls && ClassOverrides.TryGetValue(cls, out var classOverride))
        {
            effective = classOverride.ApplyTo(effective);
            level = RuleLevel.AbcClass;
        }

        if (SkuOverrides.TryGetValue(sku, out var skuOverride))
        {
            effective = skuOverride.ApplyTo(effective);
            level = RuleLevel.Sku;
        }

        return (effective, level);
    }
}
