namespace Inventory.Channels.Common;

/// <summary>Defaults and validation patterns shared by the channel options.</summary>
internal static class ChannelOptionsDefaults
{
    public const string Location = "WH-MAIN";

    /// <summary>A location code the stock store accepts: no <c>| / \ ? #</c> and no spaces.</summary>
    public const string LocationPattern = @"^[^|/\\?#\s]{1,120}$";
}
