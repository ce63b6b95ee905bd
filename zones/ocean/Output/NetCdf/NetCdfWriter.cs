using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Engine;

namespace DataZones.Zones.Ocean.Output.NetCdf;

/// <summary>
/// A query result as a CF-1.8 netCDF file: coordinate variables <c>time</c> (seconds since 1970-01-01, the standard
/// calendar), <c>latitude</c>, <c>longitude</c> and, for a dataset with levels, a scalar <c>depth</c>; one float
/// variable per parameter over (time, latitude, longitude) with its CF standard name, long name, units and
/// <c>_FillValue</c> NaN (land, outside an area query's polygon, withheld). Means carry <c>cell_methods</c> and bounds.
/// Global attributes: the dataset's title, summary and provenance (institution, source, license, history), CF
/// conventions, and what is withheld.
/// </summary>
public static class NetCdfWriter
{
    public const string MediaType = "application/x-netcdf";

    public const string TimeUnits = "seconds since 1970-01-01 00:00:00";

    public static byte[] Render(OceanQueryResult result)
    {
        var file = new NetCdfClassicFile();
        var time = file.Dimension("time", result.Times.Count);
        var latitude = file.Dimension("latitude", result.Latitudes.Count);
        var longitude = file.Dimension("longitude", result.Longitudes.Count);
        var dataset = result.Dataset;
        file.Attribute(NetCdfAttribute.Text("Conventions", "CF-1.8"));
        file.Attribute(NetCdfAttribute.Text("title", dataset.Title));
        file.Attribute(NetCdfAttribute.Text("summary", dataset.Summary));
        file.Attribute(NetCdfAttribute.Text("id", dataset.Id));
        if (dataset.Provenance is { } provenance)
        {
            foreach (var (name, value) in provenance.Attributes()) file.Attribute(NetCdfAttribute.Text(name, value));
        }
        if (result.Withheld is { } withheld)
        {
            file.Attribute(NetCdfAttribute.Int(DatasetConventions.WithheldCellsAttribute, withheld.Count));
            file.Attribute(NetCdfAttribute.Text(DatasetConventions.WithheldReasonAttribute, WithheldCells.Reason));
            file.Attribute(NetCdfAttribute.Text(DatasetConventions.WithheldAreasAttribute, string.Join("; ", withheld.Areas)));
        }

        var timeVariable = file.Variable("time", NetCdfType.Double, time)
            .With(NetCdfAttribute.Text("standard_name", "time")).With(NetCdfAttribute.Text("units", TimeUnits))
            .With(NetCdfAttribute.Text("calendar", "standard")).With(NetCdfAttribute.Text("axis", "T"))
            .Doubles(result.Times.Select(t => (double)t.ToUnixTimeSeconds()).ToArray());
        var latitudeVariable = file.Variable("latitude", NetCdfType.Double, latitude)
            .With(NetCdfAttribute.Text("standard_name", "latitude")).With(NetCdfAttribute.Text("units", "degrees_north"))
            .With(NetCdfAttribute.Text("axis", "Y")).Doubles(result.Latitudes);
        var longitudeVariable = file.Variable("longitude", NetCdfType.Double, longitude)
            .With(NetCdfAttribute.Text("standard_name", "longitude")).With(NetCdfAttribute.Text("units", "degrees_east"))
            .With(NetCdfAttribute.Text("axis", "X")).Doubles(result.Longitudes);
        string? cellMethods = null;
        if (result.TimeBounds is { } span)
        {
            var bounds = file.Dimension("bounds", 2);
            timeVariable.With(NetCdfAttribute.Text("bounds", "time_bounds"));
            file.Variable("time_bounds", NetCdfType.Double, time, bounds).Doubles([span.Start.ToUnixTimeSeconds(), span.End.ToUnixTimeSeconds()]);
            cellMethods = "time: mean";
        }
        else if (result.SpatialBounds is { } box)
        {
            var bounds = file.Dimension("bounds", 2);
            latitudeVariable.With(NetCdfAttribute.Text("bounds", "latitude_bounds"));
            longitudeVariable.With(NetCdfAttribute.Text("bounds", "longitude_bounds"));
            file.Variable("latitude_bounds", NetCdfType.Double, latitude, bounds).Doubles([box.MinLatitude, box.MaxLatitude]);
            file.Variable("longitude_bounds", NetCdfType.Double, longitude, bounds).Doubles([box.MinLongitude, box.MaxLongitude]);
            cellMethods = "latitude: longitude: mean";
        }
        if (result.Depth is { } depth)
        {
            file.Variable("depth", NetCdfType.Double)
                .With(NetCdfAttribute.Text("standard_name", "depth")).With(NetCdfAttribute.Text("units", "m"))
                .With(NetCdfAttribute.Text("positive", "down")).With(NetCdfAttribute.Text("axis", "Z")).Doubles([depth]);
        }
        for (var p = 0; p < result.Parameters.Count; p++)
        {
            var parameter = result.Parameters[p];
            var variable = file.Variable(parameter.Name, NetCdfType.Float, time, latitude, longitude)
                .With(NetCdfAttribute.Text("standard_name", parameter.StandardName))
                .With(NetCdfAttribute.Text("long_name", parameter.LongName))
                .With(NetCdfAttribute.Text("units", parameter.Units))
                .With(NetCdfAttribute.Float("_FillValue", float.NaN));
            if (result.Depth is not null) variable.With(NetCdfAttribute.Text("coordinates", "depth"));
            if (cellMethods is not null) variable.With(NetCdfAttribute.Text("cell_methods", cellMethods));
            variable.Floats(result.ValuesMemory(p));
        }
        return file.ToArray();
    }
}
