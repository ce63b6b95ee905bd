using System.Globalization;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Output;
using DataZones.Zones.Ocean.Queries;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// The OGC API – EDR collection documents: extent (CRS84 bbox, Gregorian temporal interval, depths when present),
/// parameters with units and observed properties, the data queries with their output formats, and the restricted
/// areas (their outlines are public, so a consumer knows which cells come back empty without the elevated grade).
/// Member names follow the EDR specification (<c>parameter_names</c>, <c>data_queries</c>).
/// </summary>
public static class CollectionDocuments
{
    public const string TemporalReferenceSystem = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    /// <summary>The CF standard-name vocabulary, as the CoverageJSON answers reference it.</summary>
    public const string ObservedPropertyBase = "http://vocab.nerc.ac.uk/standard_name/";

    /// <summary>The queries every collection answers, with the title, description and <c>coords</c> help EDR asks for.</summary>
    private static readonly (string Name, string Title, string Description, string Coords)[] Queries =
    [
        ("position", "Position query", "The time series at the grid cell nearest to a point.",
            "coords=POINT(lon lat) in CRS84, e.g. POINT(120.5 36.0)"),
        ("area", "Area query", "Every cell whose centre lies in a polygon, optionally averaged over time or space.",
            "coords=POLYGON((lon lat, …)) in CRS84, the ring closed"),
        ("cube", "Cube query", "Every cell whose centre lies in a bounding box, at one depth when the collection has levels.",
            "bbox=minLon,minLat,maxLon,maxLat in CRS84"),
    ];

    public static object Collections(IEnumerable<DatasetDescriptor> datasets, string basePath) => new Dictionary<string, object>
    {
        ["links"] = new[]
        {
            EdrLinks.Link(basePath + "/collections", "self", EdrLinks.Json, "The collections"),
            EdrLinks.Link(basePath, "root", EdrLinks.Json, "The ocean zone's landing page"),
        },
        ["collections"] = datasets.Select(d => Collection(d, basePath)).ToArray(),
    };

    public static Dictionary<string, object> Collection(DatasetDescriptor dataset, string basePath)
    {
        var self = $"{basePath}/collections/{dataset.Id}";
        var extent = dataset.SpatialExtent;
        var extentDocument = new Dictionary<string, object>
        {
            ["spatial"] = new Dictionary<string, object>
            {
                ["bbox"] = new[] { new[] { extent.MinLongitude, extent.MinLatitude, extent.MaxLongitude, extent.MaxLatitude } },
                ["crs"] = DatasetDescriptor.Crs84,
            },
            ["temporal"] = new Dictionary<string, object>
            {
                ["interval"] = new[] { new[] { TimeAxis.Format(dataset.Time.First), TimeAxis.Format(dataset.Time.Last) } },
                ["values"] = new[] { $"R{dataset.Time.Count}/{TimeAxis.Format(dataset.Time.First)}/{Step(dataset.Time)}" },
                ["trs"] = TemporalReferenceSystem,
            },
        };
        if (dataset.Depth is { } depth)
        {
            extentDocument["vertical"] = new Dictionary<string, object>
            {
                ["interval"] = new[] { new[] { depth.Values[0], depth.Values[^1] } },
                ["values"] = depth.Values,
                ["vrs"] = "depth below sea surface, metres, positive down",
            };
        }
        return new Dictionary<string, object>
        {
            ["id"] = dataset.Id,
            ["title"] = dataset.Title,
            ["description"] = dataset.Summary,
            ["keywords"] = Keywords(dataset),
            ["links"] = Links(self, basePath),
            ["extent"] = extentDocument,
            ["grid"] = new { latitudes = dataset.Latitude.Count, longitudes = dataset.Longitude.Count, timeSteps = dataset.Time.Count, depths = dataset.Depth?.Count },
            ["crs"] = new[] { DatasetDescriptor.Crs84 },
            ["output_formats"] = OutputFormats.Names,
            ["parameter_names"] = dataset.Parameters.ToDictionary(p => p.Name, Parameter),
            ["data_queries"] = Queries.ToDictionary(q => q.Name, q => (object)new { link = DataLink(self, q) }),
            ["restricted_areas"] = dataset.RestrictedAreas.Select(a => new
            {
                name = a.Name,
                polygon = a.Polygon.Rings[0].Select(p => new[] { p.Longitude, p.Latitude }).ToArray(),
            }).ToArray(),
        };
    }

    private static object Parameter(OceanParameter parameter) => new Dictionary<string, object>
    {
        ["type"] = "Parameter",
        ["id"] = parameter.Name,
        ["description"] = new { en = parameter.LongName },
        ["unit"] = new { label = new { en = parameter.UnitLabel }, symbol = parameter.Units },
        ["observedProperty"] = new { id = ObservedPropertyBase + parameter.StandardName + "/", label = new { en = parameter.LongName } },
    };

    private static object[] Links(string self, string basePath) =>
    [
        EdrLinks.Link(self, "self", EdrLinks.Json, "This collection"),
        EdrLinks.Link(basePath, "root", EdrLinks.Json, "The ocean zone's landing page"),
        .. Queries.Select(q => EdrLinks.Link($"{self}/{q.Name}", "data", CoverageJsonWriter.MediaType, q.Title)),
    ];

    /// <summary>What a catalogue search should find the collection by: the zone, and each parameter's CF standard name and long name.</summary>
    private static string[] Keywords(DatasetDescriptor dataset) =>
        ["ocean", .. dataset.Parameters.SelectMany(p => new[] { p.StandardName, p.LongName }).Distinct(StringComparer.Ordinal)];

    private static object DataLink(string self, (string Name, string Title, string Description, string Coords) query)
    {
        var variables = new Dictionary<string, object>
        {
            ["title"] = query.Title,
            ["description"] = query.Description,
            ["query_type"] = query.Name,
            ["coords"] = query.Coords,
            ["output_formats"] = OutputFormats.Names,
            ["default_output_format"] = OutputFormats.Names[0],
            ["crs_details"] = new[] { new { crs = "CRS84", wkt = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]" } },
        };
        if (query.Name == "cube")
        {
            variables["height_units"] = new[] { "m" }; // z is depth below the sea surface in metres, positive down
        }
        return new Dictionary<string, object>
        {
            ["href"] = $"{self}/{query.Name}",
            ["rel"] = "data",
            ["type"] = CoverageJsonWriter.MediaType,
            ["title"] = query.Title,
            ["variables"] = variables,
        };
    }

    /// <summary>The ISO 8601 duration between steps when they are evenly spaced (P1D for daily), else the first gap.</summary>
    private static string Step(TimeAxis time)
    {
        if (time.Count < 2)
        {
            return "P0D";
        }
        var step = time.Instants[1] - time.Instants[0];
        return step.TotalDays == Math.Floor(step.TotalDays)
            ? "P" + step.TotalDays.ToString(CultureInfo.InvariantCulture) + "D"
            : "PT" + step.TotalHours.ToString(CultureInfo.InvariantCulture) + "H";
    }
}
