using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Engine;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Engine;

public sealed class OceanQueryEngineTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly DirectoryZarrStore _store;

    public OceanQueryEngineTests() => _store = new DirectoryZarrStore(_directory.Path);

    public void Dispose() => _directory.Dispose();

    private async Task<OceanQueryResult> RunAsync(EdrQueryKind kind, EdrQueryParameters raw, bool elevatedGrade = false, IZarrStore? store = null)
    {
        await TestDataset.CreateAsync(_store);
        var dataset = (await OceanDataset.OpenAsync(store ?? _store, TestDataset.Id))!;
        var query = EdrQueryParser.Parse(kind, raw, dataset.Descriptor).Value;
        var plan = QueryPlanner.Plan(dataset.Descriptor, query).Value;
        return await new OceanQueryEngine().ExecuteAsync(dataset, plan, elevatedGrade);
    }

    [Fact]
    public async Task Position_ReturnsTheTimeSeriesOfTheNearestCell()
    {
        using var result = await RunAsync(EdrQueryKind.Position, new(Coords: "POINT(120.5 35.75)", Datetime: "2025-01-03/2025-01-05", ParameterName: "sea_surface_wave_significant_height"));

        Assert.Equal(3, result.Times.Count);
        Assert.Equal(new float[] { 1232, 1332, 1432 }, result.Values(0).ToArray());
    }

    [Fact]
    public async Task Cube_AcrossChunkEdges_ReturnsEveryParameterInTYXOrder()
    {
        using var result = await RunAsync(EdrQueryKind.Cube, new(Bbox: "120.2,35.2,121.3,36", Datetime: "2025-01-04T00:00:00Z/2025-01-05T00:00:00Z"), elevatedGrade: true);

        Assert.Equal([35.25, 35.5, 35.75, 36.0], result.Latitudes);
        Assert.Equal(5, result.Longitudes.Count);
        for (var p = 0; p < 2; p++)
        {
            var values = result.Values(p);
            for (var t = 0; t < 2; t++)
            {
                for (var y = 0; y < 4; y++)
                {
                    for (var x = 0; x < 5; x++)
                    {
                        var expected = TestDataset.Value(p, t + 3, y + 1, x + 1);
                        var actual = values[(t * 4 + y) * 5 + x];
                        Assert.True(expected.Equals(actual), $"p={p} t={t} y={y} x={x}: {expected} != {actual}");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task RestrictedArea_WithoutElevatedGrade_IsFillAndWithItIsVisible()
    {
        const string bbox = "120.7,35.5,121.3,35.5"; // latitude row y=2, longitudes x=3..5; x=4,5 are restricted
        using var ordinary = await RunAsync(EdrQueryKind.Cube, new(Bbox: bbox, Datetime: "2025-01-01", ParameterName: "sea_surface_temperature"));
        using var elevated = await RunAsync(EdrQueryKind.Cube, new(Bbox: bbox, Datetime: "2025-01-01", ParameterName: "sea_surface_temperature"), elevatedGrade: true);

        Assert.Equal(new[] { 23f, float.NaN, float.NaN }, ordinary.Values(0).ToArray());
        Assert.Equal(new[] { 23f, 24f, 25f }, elevated.Values(0).ToArray());
    }

    [Fact]
    public async Task Area_CellsOutsideThePolygon_AreFill()
    {
        using var result = await RunAsync(EdrQueryKind.Area, new(Coords: "POLYGON((120 35, 120.5 35, 120 35.5, 120 35))", Datetime: "2025-01-01", ParameterName: "sea_surface_temperature"));

        Assert.Equal(new[] { 0f, 1, 2, 10, 11, float.NaN, 20, float.NaN, float.NaN }, result.Values(0).ToArray());
        Assert.NotNull(result.CellIncluded);
    }

    [Fact]
    public async Task TemporalMean_IsOneValuePerCellIgnoringLand()
    {
        using var result = await RunAsync(EdrQueryKind.Cube, new(Bbox: "120,35.9,120.3,36", Datetime: "2025-01-01/2025-01-04", ParameterName: "sea_surface_temperature", Aggregate: "temporal-mean"));

        Assert.Single(result.Times);
        Assert.Equal((TestDataset.FirstDay, TestDataset.FirstDay.AddDays(3)), result.TimeBounds);
        Assert.True(float.IsNaN(result.Values(0)[0])); // land all along
        Assert.Equal(150f + 41, result.Values(0)[1]); // mean of t*100 for t=0..3 is 150
    }

    [Fact]
    public async Task SpatialMean_IsOneValuePerTimeStepIgnoringLand()
    {
        using var result = await RunAsync(EdrQueryKind.Cube, new(Bbox: "120,35.9,120.3,36", Datetime: "2025-01-02/2025-01-03", ParameterName: "sea_surface_temperature", Aggregate: "spatial-mean"));

        Assert.Single(result.Latitudes);
        Assert.Single(result.Longitudes);
        Assert.Equal(new float[] { 141, 241 }, result.Values(0).ToArray()); // only (y=4, x=1): (y=4, x=0) is land
    }

    [Fact]
    public async Task Execute_ThroughACache_ReadsEachChunkOnce()
    {
        var cache = new ZarrChunkCache(1 << 20);
        var store = new CachingZarrStore(_store, cache);
        using (await RunAsync(EdrQueryKind.Cube, new(Bbox: "120,35,121.25,36", ParameterName: "sea_surface_temperature"), store: store))
        {
        }
        var cached = cache.Count;

        using var again = await RunAsync(EdrQueryKind.Cube, new(Bbox: "120,35,121.25,36", ParameterName: "sea_surface_temperature"), store: store);

        Assert.Equal(cached, cache.Count);
        Assert.Equal(300, again.ValueCountPerParameter);
    }
}
