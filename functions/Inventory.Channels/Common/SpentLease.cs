using System.Threading.RateLimiting;

namespace Inventory.Channels.Common;

/// <summary>
/// What the outbound pipeline's rate limiter answers for an attempt that spent a push lease taken earlier: acquired,
/// with nothing to give back on disposal (the token was taken when the lease was).
/// </summary>
internal sealed class SpentLease : RateLimitLease
{
    public static SpentLease Instance { get; } = new();

    private SpentLease()
    {
    }

    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
