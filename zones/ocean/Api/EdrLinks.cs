namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// The links of the EDR documents, each with <c>rel</c>, <c>type</c> and <c>title</c> as OGC API – Common asks, so a
/// client follows them by relation and media type instead of guessing paths. Hrefs are root-relative: the same
/// document is right behind any host name or front door.
/// </summary>
public static class EdrLinks
{
    public const string Json = "application/json";

    /// <summary>The media type OGC API – Common names for an OpenAPI 3 document in JSON.</summary>
    public const string OpenApiJson = "application/vnd.oai.openapi+json;version=3.0";

    public static object Link(string href, string rel, string type, string title) => new Dictionary<string, object>
    {
        ["href"] = href,
        ["rel"] = rel,
        ["type"] = type,
        ["title"] = title,
    };
}
