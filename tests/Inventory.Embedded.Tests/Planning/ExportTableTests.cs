using Inventory.Core.Planning;
using Inventory.Embedded.Planning.Files;

namespace Inventory.Embedded.Tests.Planning;

public sealed class ExportTableTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "inventory-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    public void Quote_Rfc4180_QuotesOnlyWhenNeeded(string value, string expected)
    {
        Assert.Equal(expected, ExportTable<string>.Quote(value));
    }

    [Fact]
    public async Task WriteAsync_KpiRow_CsvUsesInvariantNumbersIsoDatesAndEmptyForNull()
    {
        var row = new KpiRow
        {
            ReportDate = new DateOnly(2026, 11, 30),
            PeriodStart = new DateOnly(2026, 9, 2),
            PeriodEnd = new DateOnly(2026, 11, 30),
            Kpi = KpiKind.InventoryTurnover,
            SegmentKind = KpiSegmentKind.Location,
            Segment = "WH-2",
            Value = null,
            Unit = "turns/year",
            Numerator = 1.5,
            Denominator = 0,
            HealthyMin = 4,
            HealthyMax = 8,
            Status = KpiStatus.Undefined,
            Note = "No inventory value in the period: turnover is undefined.",
        };

        await PowerBiSchema.Kpi.WriteAsync(_directory, [row], writeCsv: true);

        var lines = await File.ReadAllLinesAsync(Path.Combine(_directory, "fact_kpi.csv"));
        Assert.Equal(string.Join(',', PowerBiSchema.Kpi.Columns.Select(c => c.Name)), lines[0]);
        Assert.Equal(
            "20261130,2026-11-30,2026-09-02,2026-11-30,InventoryTurnover,Location,WH-2,,turns/year,1.5,0,4,8,Undefined,"
            + "false,No inventory value in the period: turnover is undefined.",
            lines[1]);
    }
}
