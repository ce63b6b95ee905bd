using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Datasets;

public sealed class OceanDatasetTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly DirectoryZarrStore _store;

    public OceanDatasetTests() => _store = new DirectoryZarrStore(_directory.Path);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task OpenAsync_WrittenDataset_DescribesParametersAxesAndRestrictedAreas()
    {
        var dataset = await TestDataset.CreateAsync(_store);
        var d = dataset.Descriptor;

        Assert.Equal("test-sea", d.Id);
        Assert.Equal(["sea_surface_temperature", "sea_surface_wave_significant_height"], d.Parameters.Select(p => p.Name));
        Assert.Equal("degC", d.Parameters[0].Units);
        Assert.Equal("degC", d.Parameters[0].Units);
        Assert.Equal(10, d.Time.Count);
        Assert.Equal(TestDataset.FirstDay, d.Time.First);
        Assert.Equal(TestDataset.FirstDay.AddDays(9), d.Time.Last);
        Assert.Equal(TestDataset.Latitudes, d.Latitude.Values);
        Assert.Equal(new Geometry.BoundingBox(119.875, 34.875, 121.375, 36.125), d.SpatialExtent);
        Assert.Null(d.Depth);
        Assert.Equal("Test restricted square", Assert.Single(d.RestrictedAreas).Name);
    }

    [Fact]
    public async Task Writer_TimeCoordinate_IsCfDaysSinceEpochAsInt64()
    {
        await TestDataset.CreateAsync(_store);

        var time = (await ZarrArray.OpenAsync(_store, "test-sea/time"))!;

        Assert.Equal("<i8", time.Metadata.DataType.Dtype);
        Assert.Equal("days since 1970-01-01", time.Attributes.GetString("units"));
        Assert.Equal(20089L, (await time.ReadAllAsync<long>())[0]); // 2025-01-01
    }

    [Fact]
    public async Task Writer_VariableArrays_AreChunkedWithCfAttributesAndLandAsNaN()
    {
        var dataset = await TestDataset.CreateAsync(_store);
        var sst = dataset.Variable(OceanParameters.SeaSurfaceTemperature);

        Assert.Equal([10, 5, 6], sst.Metadata.Shape);
        Assert.Equal([4, 3, 4], sst.Metadata.Chunks);
        Assert.Equal(["time", "latitude", "longitude"], sst.Dimensions);
        Assert.Equal("sea_surface_temperature", sst.Attributes.GetString("standard_name"));
        var all = await sst.ReadAllAsync<float>();
        Assert.True(float.IsNaN(all[4 * 6 + 0]));
        Assert.Equal(912f, all[9 * 30 + 1 * 6 + 2]);
    }

    [Fact]
    public async Task OpenAsync_GroupWithoutConsolidatedMetadata_IsNotADataset()
    {
        var writer = await DatasetWriter.CreateAsync(_store, "unfinished", TestDataset.Definition());

        Assert.Null(await OceanDataset.OpenAsync(_store, "unfinished"));
        await writer.AbandonAsync();
        Assert.Empty(await _store.ListAsync("unfinished/").ToListAsync());
    }

    [Fact]
    public void CoordinateAxis_Lookups_UseNearestCentreAndRejectOutsideTheCells()
    {
        var axis = new CoordinateAxis("latitude", "degrees_north", TestDataset.Latitudes);

        Assert.Equal(0, axis.NearestIndex(34.9));
        Assert.Equal(1, axis.NearestIndex(35.3));
        Assert.Equal(0, axis.NearestIndex(35.125)); // a tie goes to the lower index
        Assert.Null(axis.NearestIndex(34.87));
        Assert.Null(axis.NearestIndex(36.2));
        Assert.Equal(new IndexRange(1, 2), axis.RangeWithin(35.2, 35.5));
        Assert.Null(axis.RangeWithin(35.3, 35.4));
    }

    [Fact]
    public void CoordinateAxis_NotAscending_IsRejected()
    {
        Assert.Throws<InvalidDataException>(() => new CoordinateAxis("latitude", "degrees_north", [36.0, 35.0]));
    }
}
