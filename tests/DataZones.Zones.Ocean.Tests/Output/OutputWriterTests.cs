using System.Text;
using System.Text.Json;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Engine;
using DataZones.Zones.Ocean.Output;
using DataZones.Zones.Ocean.Queries;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Output;

public sealed class OutputWriterTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly DirectoryZarrStore _store;

    public OutputWriterTests() => _store = new DirectoryZarrStore(_directory.Path);

    public void Dispose() => _directory.Dispose();

    private async Task<OceanQueryResult> RunAsync(EdrQueryKind kind, EdrQueryParameters raw)
    {
        var dataset = await TestDataset.CreateAsync(_store);
        var plan = QueryPlanner.Plan(dataset.Descriptor, EdrQueryParser.Parse(kind, raw, dataset.Descriptor).Value).Value;
        return await new OceanQueryEngine().ExecuteAsync(dataset, plan, elevatedGrade: false);
    }

    private static async Task<JsonElement> CoverageJsonAsync(OceanQueryResult result)
    {
        using var stream = new MemoryStream();
        await CoverageJsonWriter.WriteAsync(result, stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement;
    }

    [Fact]
    public async Task CoverageJson_Cube_IsAGridCoverageWithOneNdArrayPerParameter()
    {
        using var result = await RunAsync(EdrQueryKind.Cube, new(Bbox: "119.9,35.9,121.3,36.1", Datetime: "2025-01-01/2025-01-03"));

        var json = await CoverageJsonAsync(result);

        Assert.Equal("Coverage", json.GetProperty("type").GetString());
        var domain = json.GetProperty("domain");
        Assert.Equal("Domain", domain.GetProperty("type").GetString());
        Assert.Equal("Grid", domain.GetProperty("domainType").GetString());
        var axes = domain.GetProperty("axes");
        Assert.Equal(["x", "y", "t"], axes.EnumerateObject().Select(a => a.Name));
        Assert.Equal(6, axes.GetProperty("x").GetProperty("values").GetArrayLength());
        Assert.Equal(36.0, axes.GetProperty("y").GetProperty("values")[0].GetDouble());
        Assert.Equal("2025-01-03T00:00:00Z", axes.GetProperty("t").GetProperty("values")[2].GetString());
        var referencing = domain.GetProperty("referencing");
        Assert.Equal(DatasetDescriptor.Crs84, referencing[0].GetProperty("system").GetProperty("id").GetString());
        Assert.Equal("Gregorian", referencing[1].GetProperty("system").GetProperty("calendar").GetString());

        var sst = json.GetProperty("parameters").GetProperty("sea_surface_temperature");
        Assert.Equal("degC", sst.GetProperty("unit").GetProperty("symbol").GetString());
        Assert.Equal("Sea surface temperature", sst.GetProperty("observedProperty").GetProperty("label").GetProperty("en").GetString());

        foreach (var range in json.GetProperty("ranges").EnumerateObject())
        {
            var shape = range.Value.GetProperty("shape").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            Assert.Equal("NdArray", range.Value.GetProperty("type").GetString());
            Assert.Equal("float", range.Value.GetProperty("dataType").GetString());
            Assert.Equal(["t", "y", "x"], range.Value.GetProperty("axisNames").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal([3, 1, 6], shape);
            Assert.Equal(shape.Aggregate(1, (a, b) => a * b), range.Value.GetProperty("values").GetArrayLength());
        }
        var values = json.GetProperty("ranges").GetProperty("sea_surface_temperature").GetProperty("values");
        Assert.Equal(JsonValueKind.Null, values[0].ValueKind); // land at (y=4, x=0)
        Assert.Equal(41, values[1].GetDouble());
    }

    [Fact]
    public async Task CoverageJson_LargeRange_StreamsAllValues()
    {
        using var result = await RunAsync(EdrQueryKind.Cube, new(Bbox: "119,34,122,37"));

        var json = await CoverageJsonAsync(result);

        Assert.Equal(300, json.GetProperty("ranges").GetProperty("sea_surface_wave_significant_height").GetProperty("values").GetArrayLength());
    }

    [Fact]
    public async Task CoverageJson_TemporalMean_HasOneTimeWithBounds()
    {
        using var result = await RunAsync(EdrQueryKind.Position, new(Coords: "POINT(120 35)", Aggregate: "temporal-mean"));

        var t = (await CoverageJsonAsync(result)).GetProperty("domain").GetProperty("axes").GetProperty("t");

        Assert.Equal(1, t.GetProperty("values").GetArrayLength());
        Assert.Equal(["2025-01-01T00:00:00Z", "2025-01-10T00:00:00Z"], t.GetProperty("bounds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Csv_Area_HasAHeaderAndOneRowPerCellInsideThePolygon()
    {
        using var result = await RunAsync(EdrQueryKind.Area, new(Coords: "POLYGON((120.9 36.1, 121.4 36.1, 121.4 35.6, 120.9 36.1))", Datetime: "2025-01-02", ParameterName: "sea_surface_temperature,sea_surface_wave_significant_height"));
        using var stream = new MemoryStream();

        await CsvWriter.WriteAsync(result, stream);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "time,latitude,longitude,sea_surface_temperature,sea_surface_wave_significant_height",
                "2025-01-02T00:00:00Z,35.75,121.25,135,1135",
                "2025-01-02T00:00:00Z,36,121,144,1144",
                "2025-01-02T00:00:00Z,36,121.25,145,1145",
            ],
            lines);
    }

    [Fact]
    public async Task Csv_NoValue_IsAnEmptyField()
    {
        using var result = await RunAsync(EdrQueryKind.Position, new(Coords: "POINT(120 36)", Datetime: "2025-01-01", ParameterName: "sea_surface_temperature"));
        using var stream = new MemoryStream();

        await CsvWriter.WriteAsync(result, stream);

        Assert.Equal("time,latitude,longitude,sea_surface_temperature\n2025-01-01T00:00:00Z,36,120,\n", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static async Task<byte[]> SequentialCsvAsync(OceanQueryResult result)
    {
        using var stream = new MemoryStream();
        await CsvWriter.WriteAsync(result, stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task Csv_RenderedInParallelBlocks_IsByteForByteTheSequentialCsv()
    {
        using var result = await RunAsync(EdrQueryKind.Cube, new(Bbox: "119,34,122,37"));

        var rendered = await OutputFormats.RenderAsync(result, OutputFormat.Csv, CancellationToken.None);

        Assert.Equal(10, result.Times.Count); // enough time steps for several blocks
        Assert.Equal(Encoding.UTF8.GetString(await SequentialCsvAsync(result)), Encoding.UTF8.GetString(rendered));
    }

    [Fact]
    public async Task CsvRows_BufferOfTheMinimumSize_HoldsWholeRowsAndTheSameText()
    {
        using var result = await RunAsync(EdrQueryKind.Cube, new(Bbox: "119,34,122,37", Datetime: "2025-01-01/2025-01-03"));
        var rows = new CsvWriter.CsvRows(result, new IndexRange(0, result.Times.Count), header: true);
        var buffer = new byte[160];
        var text = new StringBuilder();

        int used;
        while ((used = rows.Fill(buffer)) > 0)
        {
            Assert.Equal((byte)'\n', buffer[used - 1]);
            text.Append(Encoding.UTF8.GetString(buffer, 0, used));
        }

        Assert.Equal(Encoding.UTF8.GetString(await SequentialCsvAsync(result)), text.ToString());
        Assert.Throws<ArgumentException>(() => new CsvWriter.CsvRows(result, new IndexRange(0, 1), header: true).Fill(new byte[20]));
    }
}
