using System.Globalization;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Datasets;

/// <summary>The Zarr metadata of a dataset group: CF and ACDD attributes, coordinate arrays, variable arrays.</summary>
public static class DatasetMetadata
{
    public static ZarrAttributes GroupAttributes(DatasetDefinition definition)
    {
        var attributes = ZarrAttributes.Empty
            .With("Conventions", "CF-1.8, ACDD-1.3")
            .With(DatasetConventions.IdAttribute, definition.Id)
            .With(DatasetConventions.TitleAttribute, definition.Title)
            .With(DatasetConventions.SummaryAttribute, definition.Summary)
            .With("geospatial_lat_min", definition.Latitudes[0])
            .With("geospatial_lat_max", definition.Latitudes[^1])
            .With("geospatial_lon_min", definition.Longitudes[0])
            .With("geospatial_lon_max", definition.Longitudes[^1])
            .With("time_coverage_start", TimeAxis.Format(definition.Times[0]))
            .With("time_coverage_end", TimeAxis.Format(definition.Times[^1]));
        if (definition.RestrictedAreas.Count > 0)
        {
            var areas = definition.RestrictedAreas.Select(a => new
            {
                name = a.Name,
                polygon = a.Polygon.Rings[0].Select(p => new[] { p.Longitude, p.Latitude }).ToArray(),
            }).ToArray();
            attributes = attributes.With(DatasetConventions.RestrictedAreasAttribute, System.Text.Json.JsonSerializer.SerializeToElement(areas));
        }
        if (definition.Provenance is { } provenance)
        {
            foreach (var (name, value) in provenance.Attributes()) attributes = attributes.With(name, value);
        }
        if (definition.Withheld is { } withheld)
        {
            attributes = attributes
                .With(DatasetConventions.WithheldCellsAttribute, withheld.Cells)
                .With(DatasetConventions.WithheldReasonAttribute, withheld.Reason)
                .With(DatasetConventions.WithheldAreasAttribute, withheld.Areas.ToArray());
        }
        return attributes;
    }

    public static ZarrArrayMetadata VariableArray(DatasetDefinition definition)
    {
        var c = definition.Chunking;
        var shape = new List<int> { definition.Times.Count };
        var chunks = new List<int> { Math.Min(c.TimeSteps, definition.Times.Count) };
        if (definition.Depths is { } depths)
        {
            shape.Add(depths.Count);
            chunks.Add(1); // one level per chunk: queries select one depth
        }
        shape.AddRange([definition.Latitudes.Count, definition.Longitudes.Count]);
        chunks.AddRange([Math.Min(c.Latitudes, definition.Latitudes.Count), Math.Min(c.Longitudes, definition.Longitudes.Count)]);
        return new ZarrArrayMetadata(shape, chunks, ZarrDataType.Float32, ZarrCompressor.Zlib(c.CompressionLevel), double.NaN);
    }

    public static ZarrAttributes VariableAttributes(DatasetDefinition definition, OceanParameter parameter)
    {
        string[] dimensions = definition.Depths is null
            ? [DatasetConventions.Time, DatasetConventions.Latitude, DatasetConventions.Longitude]
            : [DatasetConventions.Time, DatasetConventions.Depth, DatasetConventions.Latitude, DatasetConventions.Longitude];
        return ZarrAttributes.Empty
            .With(ZarrAttributes.ArrayDimensions, dimensions)
            .With("standard_name", parameter.StandardName)
            .With("long_name", parameter.LongName)
            .With("units", parameter.Units);
    }

    public static async Task WriteCoordinatesAsync(IZarrStore store, string groupPath, DatasetDefinition definition, CancellationToken cancellationToken)
    {
        var time = new TimeAxis(definition.Times);
        await ZarrArrayWriter<long>.WriteAsync(
            store, ZarrKeys.Combine(groupPath, DatasetConventions.Time), Coordinate(ZarrDataType.Int64, time.Count, null),
            Axis(DatasetConventions.Time, "time", "Time", time.Units, "T").With("calendar", "proleptic_gregorian"),
            time.ToOffsets(), cancellationToken).ConfigureAwait(false);
        await WriteAxisAsync(store, groupPath, Axis(DatasetConventions.Latitude, "latitude", "Latitude", "degrees_north", "Y"), definition.Latitudes, cancellationToken).ConfigureAwait(false);
        await WriteAxisAsync(store, groupPath, Axis(DatasetConventions.Longitude, "longitude", "Longitude", "degrees_east", "X"), definition.Longitudes, cancellationToken).ConfigureAwait(false);
        if (definition.Depths is { } depths)
        {
            await WriteAxisAsync(store, groupPath, Axis(DatasetConventions.Depth, "depth", "Depth below sea surface", "m", "Z").With("positive", "down"), depths, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task WriteAxisAsync(IZarrStore store, string groupPath, ZarrAttributes attributes, IReadOnlyList<double> values, CancellationToken cancellationToken) =>
        ZarrArrayWriter<double>.WriteAsync(
            store, ZarrKeys.Combine(groupPath, attributes.GetStrings(ZarrAttributes.ArrayDimensions)![0]),
            Coordinate(ZarrDataType.Float64, values.Count, double.NaN), attributes, values.ToArray(), cancellationToken);

    private static ZarrArrayMetadata Coordinate(ZarrDataType type, int count, double? fill) =>
        new([count], [count], type, ZarrCompressor.Zlib(1), fill);

    private static ZarrAttributes Axis(string name, string standardName, string longName, string units, string axis) =>
        ZarrAttributes.Empty
            .With(ZarrAttributes.ArrayDimensions, [name])
            .With("axis", axis)
            .With("long_name", longName)
            .With("standard_name", standardName)
            .With("units", units);
}
