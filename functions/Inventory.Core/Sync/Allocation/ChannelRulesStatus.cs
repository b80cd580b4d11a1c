namespace Inventory.Core.Sync.Allocation;

/// <summary>How a rules request ended; the HTTP status each maps to is in brackets.</summary>
public enum ChannelRulesStatus
{
    /// <summary>Read or stored (200).</summary>
    Ok = 1,

    /// <summary>The channel in the route is not one of <see cref="KnownChannels.All"/> (404).</summary>
    UnknownChannel,

    /// <summary>The body breaks a rule; see the failures (400).</summary>
    Invalid,

    /// <summary>The If-Match ETag is no longer current; the response holds what is stored now (412).</summary>
    Conflict,
}
