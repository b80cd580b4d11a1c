using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Inventory.Embedded.Planning.Files;

namespace Inventory.Azure.Planning;

/// <summary>
/// The <c>yyyy-MM-dd/</c> folders of the exports container. A table is written whole to a temporary file that
/// deletes itself, then uploaded with overwrite: a block blob only changes when its upload commits, so a reader
/// sees the old file or the new one, never half of one, and a failed upload leaves the old blob as it was.
/// </summary>
internal sealed class BlobExportFolder(BlobContainerClient container, bool writeCsv)
{
    private const int BufferSize = 1 << 16;

    /// <summary>The blob name of a table's file on a day, for example <c>2025-03-01/fact_kpi.parquet</c>.</summary>
    public static string BlobName(DateOnly day, string table, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}/{table}.{extension}");

    /// <summary>Uploads the table as Parquet, and as CSV when configured, into the day's folder.</summary>
    public async Task WriteAsync<TRow>(
        DateOnly day, ExportTable<TRow> table, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        if (writeCsv)
        {
            await UploadAsync(
                BlobName(day, table.Name, "csv"),
                (stream, token) => table.WriteCsvAsync(stream, rows, token),
                cancellationToken).ConfigureAwait(false);
        }

        await UploadAsync(
            BlobName(day, table.Name, "parquet"),
            (stream, token) => table.WriteParquetAsync(stream, rows, token),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the blob exists.</summary>
    public async Task<bool> ExistsAsync(string blobName, CancellationToken cancellationToken)
    {
        var response = await container.GetBlobClient(blobName).ExistsAsync(cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Deletes the blob if it is there.</summary>
    public Task DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken) =>
        container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    /// <summary>
    /// Downloads the blob into a temporary file that deletes itself on dispose, positioned at its start (Parquet
    /// reads from the end, so it needs a seekable stream); null when the blob does not exist.
    /// </summary>
    public async Task<Stream?> DownloadAsync(string blobName, CancellationToken cancellationToken)
    {
        var file = TemporaryFile();
        try
        {
            await container.GetBlobClient(blobName).DownloadToAsync(file, cancellationToken).ConfigureAwait(false);
            file.Position = 0;
            return file;
        }
        catch (RequestFailedException error) when (error.ErrorCode == BlobErrorCode.BlobNotFound || error.Status == 404)
        {
            await file.DisposeAsync().ConfigureAwait(false);
            return null;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static FileStream TemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), $"inventory-export-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        BufferSize,
        FileOptions.Asynchronous | FileOptions.DeleteOnClose);

    private async Task UploadAsync(
        string blobName, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var file = TemporaryFile();
        await using (file.ConfigureAwait(false))
        {
            await write(file, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            file.Position = 0;
            await container.GetBlobClient(blobName)
                .UploadAsync(file, overwrite: true, cancellationToken).ConfigureAwait(false);
        }
    }
}
