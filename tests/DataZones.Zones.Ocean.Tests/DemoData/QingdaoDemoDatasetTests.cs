using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.DemoData;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.DemoData;

/// <summary>One demo year at the default 0.25° resolution, written once for all tests of this class.</summary>
public sealed class QingdaoDemoFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public DirectoryZarrStore Store { get; private set; } = null!;

    public OceanDataset Dataset { get; private set; } = null!;

    public int ProgressReports { get; private set; }

    public async Task InitializeAsync()
    {
        Store = new DirectoryZarrStore(_directory.Path);
        var progress = new SynchronousProgress(_ => ProgressReports++);
        await QingdaoDemoDataset.WriteAsync(Store, "demo", new QingdaoDemoOptions(), progress);
        Dataset = (await OceanDataset.OpenAsync(Store, "demo"))!;
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}

public sealed class QingdaoDemoDatasetTests(QingdaoDemoFixture fixture) : IClassFixture<QingdaoDemoFixture>
{
    private async Task<float[]> AllAsync(OceanParameter parameter) => await fixture.Dataset.Variable(parameter).ReadAllAsync<float>();

    private int Cells => fixture.Dataset.Descriptor.Latitude.Count * fixture.Dataset.Descriptor.Longitude.Count;

    private static double SeaMean(ReadOnlySpan<float> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values)
        {
            if (!float.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }
        return sum / count;
    }

    [Fact]
    public void Write_DefaultOptions_IsAYearOnAQuarterDegreeGridWithProgress()
    {
        var d = fixture.Dataset.Descriptor;

        Assert.Equal(365, d.Time.Count);
        Assert.Equal(9, d.Latitude.Count);
        Assert.Equal(13, d.Longitude.Count);
        Assert.Equal(OceanParameters.All.Select(p => p.Name).Order(), d.Parameters.Select(p => p.Name)); // listed by array name
        Assert.Equal(365, fixture.ProgressReports);
    }

    [Fact]
    public void Definition_FineResolution_Is61By41()
    {
        var definition = QingdaoDemoDataset.Definition(new QingdaoDemoOptions(ResolutionDegrees: 0.05));

        Assert.Equal(61, definition.Longitudes.Count);
        Assert.Equal(41, definition.Latitudes.Count);
        Assert.Equal(35.05, definition.Latitudes[1]);
    }

    [Fact]
    public async Task Sst_FollowsTheSeasonalCycleAndIsColderInTheNorth()
    {
        var sst = await AllAsync(OceanParameters.SeaSurfaceTemperature);

        var february = SeaMean(sst.AsSpan(40 * Cells, Cells));
        var august = SeaMean(sst.AsSpan(222 * Cells, Cells));
        Assert.InRange(february, 2.5, 6.5);
        Assert.InRange(august, 23.5, 27.5);
        // Winter, longitude 122.5: the south row (35.0) is warmer than the row at 36.5.
        var row = fixture.Dataset.Descriptor.Longitude.Count;
        Assert.True(sst[40 * Cells + row - 1] > sst[40 * Cells + 6 * row + row - 1]);
    }

    [Fact]
    public async Task LandCells_AreFillInEveryParameter()
    {
        var d = fixture.Dataset.Descriptor;
        var land = d.Latitude.NearestIndex(36.75)!.Value * d.Longitude.Count + d.Longitude.NearestIndex(120.5)!.Value;
        var sea = d.Latitude.NearestIndex(35.5)!.Value * d.Longitude.Count + d.Longitude.NearestIndex(121.0)!.Value;

        foreach (var parameter in OceanParameters.All)
        {
            var values = await AllAsync(parameter);
            Assert.True(float.IsNaN(values[100 * Cells + land]), parameter.Name);
            Assert.False(float.IsNaN(values[100 * Cells + sea]), parameter.Name);
        }
    }

    [Fact]
    public async Task Salinity_IsNear31AndFresherAtTheCoastInSummer()
    {
        var salinity = await AllAsync(OceanParameters.SeaWaterSalinity);
        var d = fixture.Dataset.Descriptor;
        var coastal = d.Latitude.NearestIndex(36.0)!.Value * d.Longitude.Count + d.Longitude.NearestIndex(120.5)!.Value;
        var offshore = d.Latitude.NearestIndex(35.0)!.Value * d.Longitude.Count + d.Longitude.NearestIndex(122.5)!.Value;

        Assert.All(salinity.Where(v => !float.IsNaN(v)), v => Assert.InRange(v, 29f, 32.5f));
        Assert.True(salinity[200 * Cells + coastal] < salinity[200 * Cells + offshore] - 0.5);
    }

    [Fact]
    public async Task Storms_RaiseWindTo15To25AndWavesTo3To5Metres()
    {
        var wind = (await AllAsync(OceanParameters.WindSpeed)).Where(v => !float.IsNaN(v)).ToArray();
        var waves = (await AllAsync(OceanParameters.SignificantWaveHeight)).Where(v => !float.IsNaN(v)).ToArray();

        Assert.InRange(wind.Max(), 15f, 25f);
        Assert.InRange(waves.Max(), 3f, 5.5f);
        Assert.InRange(wind.Average(), 4f, 9f); // storms are events, not the climate
        Assert.InRange(waves.Average(), 0.3f, 1.5f);
    }

    [Fact]
    public async Task Write_SameSeed_GivesIdenticalChunks()
    {
        using var other = new TempDirectory();
        var store = new DirectoryZarrStore(other.Path);

        await QingdaoDemoDataset.WriteAsync(store, "demo", new QingdaoDemoOptions());

        var keys = await fixture.Store.ListAsync("demo/").ToListAsync();
        Assert.Equal(keys, await store.ListAsync("demo/").ToListAsync());
        foreach (var key in keys)
        {
            Assert.Equal(await fixture.Store.GetAsync(key), await store.GetAsync(key));
        }
    }
}
