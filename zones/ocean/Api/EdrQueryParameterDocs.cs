using DataZones.Marketplace.Hosting;
using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Queries;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// The EDR query parameters each query reads, as the OpenAPI document lists them. Examples are queries on the demo
/// collection <c>qingdao-daily</c> that answer, so Swagger's try-it works as it comes.
/// </summary>
public static class EdrQueryParameterDocs
{
    private static readonly DocumentedQueryParameter Datetime = new("datetime",
        "An instant, a date, or an interval start/end (either end may be '..') in ISO 8601, UTC. Omitted: every time step.",
        "2025-08-01/2025-08-07");

    private static readonly DocumentedQueryParameter ParameterName = new("parameter-name",
        "Comma-separated parameter names from the collection's parameter_names. Omitted: every parameter.",
        "sea_surface_temperature,sea_water_salinity");

    private static readonly DocumentedQueryParameter Z = new("z",
        "One depth in metres below the sea surface (positive down), for collections with depth levels: the nearest level is answered.",
        "0", Type: "number");

    private static readonly DocumentedQueryParameter Aggregate = new("aggregate",
        "Average over time (one value per cell) or over space (one value per time step). Omitted: every value.",
        "temporal-mean", Values: ["temporal-mean", "spatial-mean"]);

    private static readonly DocumentedQueryParameter Crs = new("crs",
        "The CRS of coords/bbox and of the answer. Only CRS84 (longitude, latitude on WGS 84) is offered; any other is refused with 400.",
        "CRS84", Values: EdrQueryParser.Crs84Names);

    private static readonly DocumentedQueryParameter Format = new("f",
        "The answer's format: CoverageJSON (application/prs.coverage+json), CSV (text/csv, one row per time step and cell) or NetCDF (application/x-netcdf, CF-1.8). Omitted: CoverageJSON.",
        "CoverageJSON", Values: OutputFormats.Names);

    public static DocumentedQueryParameter[] For(EdrQueryKind kind) => kind switch
    {
        EdrQueryKind.Position =>
        [
            new("coords", "A point as WKT in CRS84: POINT(lon lat). The answer is the grid cell nearest to it.", "POINT(120.5 35.8)", Required: true),
            Datetime, ParameterName, Z, Crs, Format,
        ],
        EdrQueryKind.Area =>
        [
            new("coords", "A polygon as WKT in CRS84, its ring closed: POLYGON((lon lat, …)). Cells whose centres lie inside are answered.",
                "POLYGON((120.4 35.6, 120.8 35.6, 120.8 35.9, 120.4 35.9, 120.4 35.6))", Required: true),
            Datetime, ParameterName, Z, Aggregate, Crs, Format,
        ],
        _ =>
        [
            new("bbox", "minLon,minLat,maxLon,maxLat in CRS84. Cells whose centres lie inside are answered.", "120.4,35.6,120.8,35.9", Required: true),
            Datetime, ParameterName, Z, Aggregate, Crs, Format,
        ],
    };
}
