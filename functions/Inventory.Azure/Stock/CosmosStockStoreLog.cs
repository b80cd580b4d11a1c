using Microsoft.Extensions.Logging;

namespace Inventory.Azure.Stock;

/// <summary>Log events of the Cosmos DB stock store: EventIds 2100-2199.</summary>
internal static partial class CosmosStockStoreLog
{
    [LoggerMessage(2100, LogLevel.Debug,
        "Applied movement {MovementId} to SKU {Sku} at {Location}, now version {Version}")]
    public static partial void Applied(
        this ILogger logger, string sku, string location, string movementId, long version);

    [LoggerMessage(2101, LogLevel.Debug,
        "Stock of SKU {Sku} at {Location} changed while applying movement {MovementId}; attempt {Attempt} retries "
        + "in {DelayMs} ms")]
    public static partial void Conflict(
        this ILogger logger, string sku, string location, string movementId, int attempt, double delayMs);

    [LoggerMessage(2102, LogLevel.Warning,
        "Gave up applying movement {MovementId} to SKU {Sku} at {Location} after {Attempts} attempts: other writers "
        + "kept changing the position")]
    public static partial void RetriesExhausted(
        this ILogger logger, string sku, string location, string movementId, int attempts);

    [LoggerMessage(2103, LogLevel.Information,
        "Movement {MovementId} for SKU {Sku} at {Location} was applied before; answered as a duplicate")]
    public static partial void Duplicate(this ILogger logger, string sku, string location, string movementId);

    [LoggerMessage(2104, LogLevel.Warning,
        "Restored the ledger entry of movement {MovementId} for SKU {Sku} at {Location}: the stock was written but "
        + "the ledger write had not completed")]
    public static partial void LedgerEntryRestored(this ILogger logger, string sku, string location, string movementId);

    [LoggerMessage(2105, LogLevel.Warning,
        "Refused movement {MovementId} for SKU {Sku} at {Location}: its id was already used by a different movement")]
    public static partial void IdReused(this ILogger logger, string sku, string location, string movementId);

    [LoggerMessage(2106, LogLevel.Error,
        "Movement {MovementId} for SKU {Sku} at {Location} is on the stock document but has no ledger entry, and its "
        + "full entry has left the document; the ledger has a gap for this movement")]
    public static partial void LedgerGap(this ILogger logger, string sku, string location, string movementId);

    [LoggerMessage(2107, LogLevel.Error,
        "Movement {MovementId} was applied to SKU {Sku} at {Location}, but its ledger id already holds a different "
        + "movement of the same SKU; the ledger lacks this movement's entry. Give each movement its own id")]
    public static partial void LedgerIdCollision(this ILogger logger, string sku, string location, string movementId);
}
