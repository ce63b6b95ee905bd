using System.Text;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Ingestion;

namespace DataZones.Zones.Ocean.Tests.Ingestion;

public sealed class CsvGridReaderTests
{
    // 2 daily steps × 2 latitudes (35, 35.5) × 3 longitudes (120, 120.5, 121); SST and wind.
    private static readonly DatasetDefinition Grid = new(
        "csv-test", "CSV test", "", [new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), new(2025, 3, 2, 0, 0, 0, TimeSpan.Zero)],
        [35.0, 35.5], [120.0, 120.5, 121.0], null, [OceanParameters.SeaSurfaceTemperature, OceanParameters.WindSpeed], [], DatasetChunking.Default);

    private static (float[][]? Values, IReadOnlyList<DataZones.Marketplace.Problems.FieldError> Problems) Read(string csv, string? preamble = null) =>
        CsvGridReader.Read(new MemoryStream([.. Encoding.UTF8.GetPreamble().Take(preamble is null ? 0 : 3), .. Encoding.UTF8.GetBytes(csv)]), Grid, "values.csv");

    [Fact]
    public void Read_RowsInAnyOrderWithColumnsInAnyOrder_LandOnTheirCellsAndTheRestIsNaN()
    {
        var (values, problems) = Read(
            "wind_speed , time,latitude,longitude,sea_surface_temperature\r\n" +
            "7.5,2025-03-02T00:00:00Z,35.5,121,12.25\r\n" +
            "\r\n" +
            ",2025-03-01,35,120.5000000001,3\r\n",
            preamble: "BOM");

        Assert.Empty(problems);
        var (sst, wind) = (values![0], values[1]);
        Assert.Equal(12.25f, sst[11]); // t = 1, y = 1, x = 2
        Assert.Equal(7.5f, wind[11]);
        Assert.Equal(3f, sst[1]);      // t = 0, y = 0, x = 1, a date is its midnight
        Assert.True(float.IsNaN(wind[1]));
        Assert.Equal(10, sst.Count(float.IsNaN));
    }

    [Fact]
    public void Read_HeaderLineWrong_NamesEveryColumnProblem()
    {
        var (values, problems) = Read("time,latitude,latitude,depth,sea_surface_temperature\n");

        Assert.Null(values);
        Assert.Equal(["duplicate", "unknown-column", "missing-column", "missing-column"], problems.Select(p => p.Rule));
        Assert.Contains(problems, p => p.Message == "Line 1: there is no column 'wind_speed'.");
    }

    [Theory]
    [InlineData("2025-03-03T00:00:00Z,35,120,1,2", "not-on-grid", "Line 2: time 2025-03-03T00:00:00Z is not one of the header's 2 time steps (2025-03-01T00:00:00Z to 2025-03-02T00:00:00Z).")]
    [InlineData("yesterday,35,120,1,2", "invalid-time", "Line 2: time 'yesterday' is not an ISO 8601 date and time.")]
    [InlineData("2025-03-01,35.25,120,1,2", "not-on-grid", "Line 2: latitude '35.25' is not a cell centre of the header's latitudes (35 to 35.5 by 0.5).")]
    [InlineData("2025-03-01,35,121.5,1,2", "not-on-grid", "Line 2: longitude '121.5' is not a cell centre of the header's longitudes (120 to 121 by 0.5).")]
    [InlineData("2025-03-01,35,120,1", "wrong-field-count", "Line 2: 4 fields; the first line names 5 columns.")]
    [InlineData("2025-03-01,35,120,1e39,2", "infinite-value", "Line 2: '1e39' in column sea_surface_temperature is infinite or beyond the float range.")]
    [InlineData("2025-03-01,35,120,1,\"2", "malformed-record", "Line 2: A quoted field is not closed before the end of the file.")]
    public void Read_BadRow_IsRefusedNamingItsLine(string row, string rule, string message)
    {
        var (values, problems) = Read("time,latitude,longitude,sea_surface_temperature,wind_speed\n" + row + "\n");

        Assert.Null(values);
        var problem = Assert.Single(problems);
        Assert.Equal((rule, message, "values.csv"), (problem.Rule, problem.Message, problem.Field));
    }

    [Fact]
    public void Read_ManyBadRows_StopsAtTheMaximum()
    {
        var rows = string.Concat(Enumerable.Repeat("2025-03-09,35,120,1,2\n", CsvGridReader.ProblemsMax * 3));

        var (_, problems) = Read("time,latitude,longitude,sea_surface_temperature,wind_speed\n" + rows);

        Assert.Equal(CsvGridReader.ProblemsMax, problems.Count);
    }

    [Fact]
    public void Read_Empty_IsRefused() =>
        Assert.Equal("required", Assert.Single(Read("").Problems).Rule);
}
