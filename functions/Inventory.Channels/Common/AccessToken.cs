namespace Inventory.Channels.Common;

/// <summary>A bearer token and the moment it stops being valid.</summary>
/// <param name="Value">The token. Never logged.</param>
/// <param name="ExpiresAt">When the channel stops accepting it.</param>
internal sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);
