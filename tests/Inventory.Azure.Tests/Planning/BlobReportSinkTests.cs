using Inventory.Azure.Planning;
using Inventory.Azure.Tests.Emulators;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Planning;

[Collection(AzuriteBlobGroup.Name)]
public sealed class BlobReportSinkTests(AzuriteBlobFixture azurite)
{
    [Fact]
    public async Task WriteAsync_Report_UploadsEveryTableAsParquetAndCsv()
    {
        var container = await azurite.NewContainerAsync();
        var sink = CreateSut(container, writeCsv: true);

        await sink.WriteAsync(PlanningReports.Sample(PlanningReports.Day, 3, DateTimeOffset.UnixEpoch));

        var names = await Names(container);
        string[] tables = ["dim_channel", "dim_date", "dim_location", "dim_sku", "fact_kpi", "fact_reorder"];
        Assert.Equal(
            tables.SelectMany(t => new[] { $"2025-03-01/{t}.csv", $"2025-03-01/{t}.parquet" }),
            names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_Report_WritesTheSameCsvAsTheFileExport()
    {
        var container = await azurite.NewContainerAsync();
        var sink = CreateSut(container, writeCsv: true);
        var report = PlanningReports.Sample(PlanningReports.Day, 2, DateTimeOffset.UnixEpoch);

        await sink.WriteAsync(report);

        var blob = azurite.Service.GetBlobContainerClient(container).GetBlobClient("2025-03-01/dim_sku.csv");
        var text = (await blob.DownloadContentAsync()).Value.Content.ToString();
        using var expected = new MemoryStream();
        await Inventory.Embedded.Planning.Files.PowerBiSchema.Sku.WriteCsvAsync(expected, report.Skus);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()), text);
        Assert.Contains("\"Mug, \"\"blue\"\"\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_CsvTurnedOff_UploadsParquetOnly()
    {
        var container = await azurite.NewContainerAsync();
        var sink = CreateSut(container, writeCsv: false);

        await sink.WriteAsync(PlanningReports.Sample(PlanningReports.Day, 1, DateTimeOffset.UnixEpoch));

        Assert.All(await Names(container), name => Assert.EndsWith(".parquet", name, StringComparison.Ordinal));
    }

    private async Task<List<string>> Names(string container) =>
        await azurite.Service.GetBlobContainerClient(container).GetBlobsAsync().Select(b => b.Name).ToListAsync();

    private BlobReportSink CreateSut(string container, bool writeCsv) => new(
        azurite.Service,
        Options.Create(new BlobExportOptions
        {
            ConnectionString = azurite.ConnectionString, ExportsContainerName = container, WriteCsv = writeCsv,
        }));
}
