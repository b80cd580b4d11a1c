using System.Text.Json;
using Inventory.Azure.Planning;
using Inventory.Azure.Tests.Emulators;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Inventory.Azure.Tests.Planning;

[Collection(CosmosEmulatorGroup.Name)]
public sealed class CosmosReportSinkTests(CosmosEmulatorFixture emulator)
{
    private static readonly DateTimeOffset FirstRun = new(2025, 3, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WriteAsync_Report_WritesRowSlicesAndAManifest()
    {
        var (sink, reports) = await CreateSutAsync(rowsPerDocument: 2);

        await sink.WriteAsync(PlanningReports.Sample(PlanningReports.Day, 5, FirstRun));

        using var manifest = await ReadAsync(reports, "manifest");
        Assert.Equal(5, manifest.RootElement.GetProperty("reorderRows").GetInt32());
        Assert.Equal(3, manifest.RootElement.GetProperty("reorderDocuments").GetInt32());
        Assert.Equal(1, manifest.RootElement.GetProperty("kpiDocuments").GetInt32());
        using var last = await ReadAsync(reports, "reorder-00002");
        var row = Assert.Single(last.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("SKU-005", row.GetProperty("sku").GetString());
        Assert.Equal("30.0001", row.GetProperty("suggestedOrderValue").GetString());
        Assert.Equal("BelowReorderPoint", row.GetProperty("alert").GetString());
    }

    [Fact]
    public async Task WriteAsync_ShorterRerunForTheSameDate_RemovesTheSlicesItNoLongerNeeds()
    {
        var (sink, reports) = await CreateSutAsync(rowsPerDocument: 2);
        await sink.WriteAsync(PlanningReports.Sample(PlanningReports.Day, 5, FirstRun));

        await sink.WriteAsync(PlanningReports.Sample(PlanningReports.Day, 2, FirstRun.AddHours(1)));

        using var manifest = await ReadAsync(reports, "manifest");
        Assert.Equal(1, manifest.RootElement.GetProperty("reorderDocuments").GetInt32());
        Assert.Null(await TryReadAsync(reports, "reorder-00001"));
        Assert.Null(await TryReadAsync(reports, "reorder-00002"));
        using var first = await ReadAsync(reports, "reorder-00000");
        Assert.Equal(FirstRun.AddHours(1), first.RootElement.GetProperty("generatedAt").GetDateTimeOffset());
    }

    private static async Task<JsonDocument> ReadAsync(Container reports, string id) =>
        await TryReadAsync(reports, id) ?? throw new Xunit.Sdk.XunitException($"Report document {id} is missing.");

    private static async Task<JsonDocument?> TryReadAsync(Container reports, string id)
    {
        using var response = await reports.ReadItemStreamAsync(id, new PartitionKey("2025-03-01"));
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(response.Content);
    }

    private async Task<(CosmosReportSink Sink, Container Reports)> CreateSutAsync(int rowsPerDocument)
    {
        var stock = await emulator.CreateDatabaseAsync();
        var planning = new CosmosPlanningOptions { ReportRowsPerDocument = rowsPerDocument };
        await CosmosPlanningSetup.EnsureCreatedAsync(emulator.Client, stock.DatabaseName, planning);
        var sink = new CosmosReportSink(
            emulator.Client, Options.Create(stock), Options.Create(planning), NullLogger<CosmosReportSink>.Instance);
        return (sink, emulator.Client.GetContainer(stock.DatabaseName, planning.ReportsContainerName));
    }
}
