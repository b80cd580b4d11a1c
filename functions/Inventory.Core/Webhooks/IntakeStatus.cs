namespace Inventory.Core.Webhooks;

/// <summary>How a webhook delivery ended; each maps to one HTTP status.</summary>
public enum IntakeStatus
{
    /// <summary>Authentic and durably accepted (200).</summary>
    Accepted = 1,

    /// <summary>Authentic, of a topic this product ignores; acknowledged and counted (200).</summary>
    Ignored,

    /// <summary>No channel of that name (404).</summary>
    UnknownChannel,

    /// <summary>Signature or shared secret did not match (401).</summary>
    Unauthentic,

    /// <summary>Authentic but not what its topic promises (400).</summary>
    Malformed,
}
