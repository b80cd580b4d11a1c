using Azure.Data.Tables;
using Inventory.Core.Sync;

namespace Inventory.Azure.Sync;

/// <summary>Maps a sync state to a table entity and back. Durations are stored as ticks: tables have no duration type.</summary>
internal static class SyncStateEntity
{
    public static TableEntity FromState(ChannelSyncState state) => new(TableKeys.Encode(state.Sku),
        TableKeys.Encode(state.Channel))
    {
        ["Sku"] = state.Sku,
        ["Channel"] = state.Channel,
        ["Version"] = state.Version,
        ["PublishedQuantity"] = state.PublishedQuantity,
        ["PublishedVersion"] = state.PublishedVersion,
        ["PublishedAt"] = state.PublishedAt,
        ["LatencyTicks"] = state.Latency?.Ticks,
        ["PendingQuantity"] = state.PendingQuantity,
        ["PendingVersion"] = state.PendingVersion,
        ["LastAttemptAt"] = state.LastAttemptAt,
        ["LastError"] = state.LastError,
        ["RetryNotBefore"] = state.RetryNotBefore,
        ["DriftCount"] = state.DriftCount,
        ["ChangedAt"] = state.ChangedAt,
    };

    public static ChannelSyncState ToState(TableEntity entity) => new(
        entity.GetString("Channel"),
        entity.GetString("Sku"),
        entity.GetInt32("PublishedQuantity"),
        entity.GetInt64("PublishedVersion") ?? 0,
        entity.GetDateTimeOffset("PublishedAt"),
        entity.GetInt64("LatencyTicks") is { } ticks ? TimeSpan.FromTicks(ticks) : null,
        entity.GetInt32("PendingQuantity"),
        entity.GetInt64("PendingVersion"),
        entity.GetDateTimeOffset("LastAttemptAt"),
        entity.GetString("LastError"),
        entity.GetDateTimeOffset("RetryNotBefore"),
        entity.GetInt32("DriftCount") ?? 0);
}
