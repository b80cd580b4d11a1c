namespace Inventory.Channels.Walmart;

/// <summary>How a Walmart webhook subscription proves its deliveries (the subscription's <c>authMethod</c>).</summary>
public enum WalmartAuthMethod
{
    /// <summary>
    /// HMAC-SHA256 of the payload keyed with the client secret, in the header named by <c>authHeaderName</c>.
    /// </summary>
    Hmac = 0,

    /// <summary>An <c>Authorization: Basic</c> header with the configured user and password.</summary>
    BasicAuth,
}
