namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// The EDR landing page (<c>/zones/ocean</c>) and conformance declaration (<c>/zones/ocean/conformance</c>): where a
/// client such as OWSLib or an EDR validator starts. The conformance list names only the classes the zone implements:
/// collections with position, area and cube queries answered in JSON metadata and CoverageJSON, described by an
/// OpenAPI 3 document. HTML, GeoJSON, items, locations, radius, trajectory, corridor and instances are not offered,
/// so they are not claimed.
/// </summary>
public static class EdrLandingDocuments
{
    public static IReadOnlyList<string> ConformanceClasses { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-common-2/1.0/conf/collections",
        "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/collections",
        "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/json",
        "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/covjson",
        "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/oas30",
    ];

    public static object Landing(string basePath) => new Dictionary<string, object>
    {
        ["title"] = "DataZones ocean zone",
        ["description"] = "Gridded ocean datasets (sea surface temperature, salinity, waves, wind) queried the OGC API – "
            + "EDR way: position, area and cube queries answered in CoverageJSON or CSV, and Zarr exports. Collection "
            + "metadata is open; queries and exports need a subscription and are billed per value returned.",
        ["keywords"] = new[] { "ocean", "OGC API - EDR", "CoverageJSON", "Zarr", "CF conventions" },
        ["links"] = new[]
        {
            EdrLinks.Link(basePath, "self", EdrLinks.Json, "This landing page"),
            EdrLinks.Link("/openapi/v1.json", "service-desc", EdrLinks.OpenApiJson, "The API definition (OpenAPI 3)"),
            EdrLinks.Link("/swagger", "service-doc", "text/html", "The API documentation, with a try-it console"),
            EdrLinks.Link(basePath + "/conformance", "conformance", EdrLinks.Json, "The conformance classes implemented"),
            EdrLinks.Link(basePath + "/collections", "data", EdrLinks.Json, "The collections (datasets)"),
        },
    };

    public static object Conformance() => new Dictionary<string, object> { ["conformsTo"] = ConformanceClasses };
}
