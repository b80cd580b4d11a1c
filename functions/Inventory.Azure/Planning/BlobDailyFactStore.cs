using Azure.Storage.Blobs;
using Inventory.Core.Planning;
using Inventory.Embedded.Planning.Files;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Planning;

/// <summary>
/// The daily facts as the Power BI files in blob storage: <c>{yyyy-MM-dd}/fact_daily_demand.parquet</c> and
/// <c>fact_daily_position.parquet</c> (with CSV beside them) in the exports container, the same files the embedded
/// <c>FileDailyFactStore</c> writes to a folder. Each file is uploaded whole (see <see cref="BlobExportFolder"/>).
/// </summary>
/// <remarks>
/// A day is complete when its position Parquet file exists, and that file is uploaded last. A re-write deletes it
/// first, so a write that fails half way leaves a day that <see cref="HasDayAsync"/> reports as missing: the next
/// roll-up writes it again instead of trusting a mix of old and new files. Reads download one day's file at a
/// time to a temporary file (Parquet needs a seekable stream), so memory stays bounded however long the window.
/// </remarks>
public sealed class BlobDailyFactStore : IDailyFactStore
{
    private readonly BlobExportFolder _folder;

    /// <summary>Creates the store over the exports container.</summary>
    public BlobDailyFactStore(BlobServiceClient service, IOptions<BlobExportOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _folder = new BlobExportFolder(
            service.GetBlobContainerClient(settings.ExportsContainerName), settings.WriteCsv);
    }

    /// <inheritdoc />
    public async Task WriteDayAsync(
        DateOnly day,
        IReadOnlyList<DailyDemandFact> demand,
        IReadOnlyList<DailyPositionFact> positions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(positions);
        if (demand.Any(f => f.Date != day) || positions.Any(f => f.Date != day))
        {
            throw new ArgumentException($"Every fact written for {day:yyyy-MM-dd} must carry that date.", nameof(day));
        }

        await _folder.DeleteIfExistsAsync(PositionBlob(day), cancellationToken).ConfigureAwait(false);
        await _folder.WriteAsync(day, PowerBiSchema.DailyDemand, demand, cancellationToken).ConfigureAwait(false);
        await _folder.WriteAsync(day, PowerBiSchema.DailyPosition, positions, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<bool> HasDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        _folder.ExistsAsync(PositionBlob(day), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<DailyDemandFact> ReadDemandAsync(
        DateOnly first, DateOnly last, CancellationToken cancellationToken = default) =>
        DailyFactFiles.ReadDemandAsync(
            (day, token) => _folder.DownloadAsync(DemandBlob(day), token), first, last, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<DailyPositionFact> ReadPositionsAsync(
        DateOnly first, DateOnly last, CancellationToken cancellationToken = default) =>
        DailyFactFiles.ReadPositionsAsync(
            (day, token) => _folder.DownloadAsync(PositionBlob(day), token), first, last, cancellationToken);

    private static string DemandBlob(DateOnly day) =>
        BlobExportFolder.BlobName(day, PowerBiSchema.DailyDemand.Name, "parquet");

    private static string PositionBlob(DateOnly day) =>
        BlobExportFolder.BlobName(day, PowerBiSchema.DailyPosition.Name, "parquet");
}
