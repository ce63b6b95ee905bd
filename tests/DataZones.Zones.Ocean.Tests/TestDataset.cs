using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Geometry;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests;

/// <summary>
/// A small dataset whose every value says where it is: parameter p, time t, latitude index y, longitude index x
/// hold p*1000 + t*100 + y*10 + x. Grid: 10 days from 2025-01-01, latitude 35.00–36.00 and longitude
/// 120.00–121.25 every 0.25°, chunks of 4×3×4 (so every axis has a partial edge chunk). Cell (y=4, x=0) is land
/// (NaN). A restricted square covers longitude 120.9–121.3, latitude 35.4–35.6 (cells x=4..5, y=2).
/// </summary>
public static class TestDataset
{
    public const string Id = "test-sea";
    public static readonly DateTimeOffset FirstDay = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly double[] Latitudes = [35.0, 35.25, 35.5, 35.75, 36.0];
    public static readonly double[] Longitudes = [120.0, 120.25, 120.5, 120.75, 121.0, 121.25];
    public static readonly OceanParameter[] Parameters = [OceanParameters.SeaSurfaceTemperature, OceanParameters.SignificantWaveHeight];

    public static readonly GeoPolygon RestrictedSquare = new([[new(120.9, 35.4), new(121.3, 35.4), new(121.3, 35.6), new(120.9, 35.6), new(120.9, 35.4)]]);

    public static float Value(int parameter, int t, int y, int x) =>
        y == 4 && x == 0 ? float.NaN : parameter * 1000 + t * 100 + y * 10 + x;

    public static DatasetDefinition Definition(IReadOnlyList<double>? depths = null) => new(
        Id, "Test sea", "Values that encode their own indices.",
        Enumerable.Range(0, 10).Select(d => FirstDay.AddDays(d)).ToArray(), Latitudes, Longitudes, depths,
        Parameters, [new RestrictedArea("Test restricted square", RestrictedSquare)], new DatasetChunking(4, 3, 4),
        Provenance: Provenance);

    public static readonly DatasetProvenance Provenance = new("Test institute", "Values that encode their indices", "CC0-1.0", "2025-02-01T00:00:00Z created for tests");

    /// <summary>The descriptor of the dataset, built without storage (for pure parsing and planning tests).</summary>
    public static DatasetDescriptor Descriptor(IReadOnlyList<double>? depths = null) => new(
        Id, "Test sea", "", Parameters, new TimeAxis(Definition().Times),
        new CoordinateAxis("latitude", "degrees_north", Latitudes), new CoordinateAxis("longitude", "degrees_east", Longitudes),
        depths is null ? null : new CoordinateAxis("depth", "m", depths),
        [new RestrictedArea("Test restricted square", RestrictedSquare)]);

    public static async Task<OceanDataset> CreateAsync(IZarrStore store, string groupPath = Id)
    {
        var definition = Definition();
        var writer = await DatasetWriter.CreateAsync(store, groupPath, definition);
        for (var t = 0; t < 10; t++)
        {
            var step = Parameters.Select((_, p) => (ReadOnlyMemory<float>)Enumerable.Range(0, 30).Select(i => Value(p, t, i / 6, i % 6)).ToArray()).ToArray();
            await writer.AppendAsync(step);
        }
        await writer.CompleteAsync();
        return (await OceanDataset.OpenAsync(store, groupPath))!;
    }
}
