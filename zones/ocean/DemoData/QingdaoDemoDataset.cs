using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Geometry;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.DemoData;

/// <summary>
/// Writes a year of daily demo fields for the Qingdao sea area (119.5–122.5° E, 35–37° N) as a dataset group, one
/// day at a time through <see cref="DatasetWriter"/>, so memory stays at one row of chunks whatever the resolution.
/// Land cells are NaN. The dataset declares one restricted area, to exercise grade-based masking.
/// </summary>
public static class QingdaoDemoDataset
{
    public const string Id = "qingdao-daily";

    /// <summary>A demo restricted zone south-east of Qingdao (not a real one).</summary>
    public static RestrictedArea RestrictedZone { get; } = new(
        "Restricted zone A (demo)",
        new GeoPolygon([[new(120.9, 35.6), new(121.3, 35.6), new(121.3, 35.9), new(120.9, 35.9), new(120.9, 35.6)]]));

    public static DatasetDefinition Definition(QingdaoDemoOptions options)
    {
        var first = new DateTimeOffset(options.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var days = (new DateTimeOffset(options.Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero) - first).Days;
        return new DatasetDefinition(
            Id,
            "Qingdao sea area, daily surface fields (demo)",
            "Synthetic but plausible daily sea surface temperature, salinity, significant wave height and 10 m wind " +
            "for the sea off Qingdao, with a seasonal cycle, coastal effects and storm events. Deterministic for a seed.",
            Enumerable.Range(0, days).Select(d => first.AddDays(d)).ToArray(),
            Axis(QingdaoDemoOptions.SouthLatitude, QingdaoDemoOptions.NorthLatitude, options.ResolutionDegrees),
            Axis(QingdaoDemoOptions.WestLongitude, QingdaoDemoOptions.EastLongitude, options.ResolutionDegrees),
            null, OceanParameters.All, [RestrictedZone], options.Chunking ?? DatasetChunking.Default,
            Provenance: new DatasetProvenance(
                "DataZones demonstration data (no real holder)",
                "Deterministic synthetic field model: seasonal cycle, coastal effects and storm events (not observations)",
                "Demonstration data: free to use for testing; not for navigation or research conclusions",
                null));
    }

    /// <summary>Writes the dataset at <paramref name="groupPath"/>, reporting the days written so far.</summary>
    public static async Task WriteAsync(
        IZarrStore store, string groupPath, QingdaoDemoOptions options, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var definition = Definition(options);
        var model = new QingdaoFieldModel(options.Seed);
        var latitudes = definition.Latitudes;
        var longitudes = definition.Longitudes;
        var cells = latitudes.Count * longitudes.Count;
        var coastKm = new double[cells];
        for (var i = 0; i < cells; i++)
        {
            var (lon, lat) = (longitudes[i % longitudes.Count], latitudes[i / longitudes.Count]);
            coastKm[i] = QingdaoCoast.IsLand(lon, lat) ? double.NaN : QingdaoCoast.DistanceKm(lon, lat);
        }
        var fields = Enumerable.Range(0, 4).Select(_ => new float[cells]).ToArray();
        var writer = await DatasetWriter.CreateAsync(store, groupPath, definition, cancellationToken).ConfigureAwait(false);
        for (var day = 0; day < definition.Times.Count; day++)
        {
            for (var i = 0; i < cells; i++)
            {
                var (sst, salinity, waves, wind) = double.IsNaN(coastKm[i])
                    ? (float.NaN, float.NaN, float.NaN, float.NaN)
                    : model.At(day, longitudes[i % longitudes.Count], latitudes[i / longitudes.Count], coastKm[i]);
                (fields[0][i], fields[1][i], fields[2][i], fields[3][i]) = (sst, salinity, waves, wind);
            }
            await writer.AppendAsync(fields.Select(f => (ReadOnlyMemory<float>)f).ToArray(), cancellationToken).ConfigureAwait(false);
            progress?.Report(day + 1);
        }
        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cell centres from <paramref name="low"/> to <paramref name="high"/> inclusive, rounded so 0.05 steps print as 35.05.</summary>
    private static double[] Axis(double low, double high, double step)
    {
        var count = (int)Math.Round((high - low) / step) + 1;
        return Enumerable.Range(0, count).Select(i => Math.Round(low + i * step, 6)).ToArray();
    }
}
