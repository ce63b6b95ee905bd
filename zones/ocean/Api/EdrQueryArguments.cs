using System.ComponentModel;
using DataZones.Zones.Ocean.Edr;
using Microsoft.AspNetCore.Mvc;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// The query-string parameters of an EDR query, declared (bound with <c>[AsParameters]</c>) so that the API's
/// description — the OpenAPI document, the MCP tools' input schemas — names them. Values arrive as text and are
/// parsed, with their own problems, by <see cref="EdrQueryParser"/>.
/// </summary>
public sealed class EdrQueryArguments
{
    [FromQuery(Name = "coords")]
    [Description("WKT: POINT(lon lat) for position, POLYGON((lon lat, …)) for area.")]
    public string? Coords { get; init; }

    [FromQuery(Name = "bbox")]
    [Description("minLon,minLat,maxLon,maxLat, for cube.")]
    public string? Bbox { get; init; }

    [FromQuery(Name = "datetime")]
    [Description("An instant or an interval start/end (ISO 8601, '..' for open), e.g. 2025-03-01/2025-03-07.")]
    public string? Datetime { get; init; }

    [FromQuery(Name = "parameter-name")]
    [Description("Comma-separated parameters (see the collection document); all when absent.")]
    public string? ParameterName { get; init; }

    [FromQuery(Name = "z")]
    [Description("Depth level, for collections with depth.")]
    public string? Z { get; init; }

    [FromQuery(Name = "aggregate")]
    [Description("temporal-mean or spatial-mean, instead of every value.")]
    public string? Aggregate { get; init; }

    [FromQuery(Name = "crs")]
    [Description("Only CRS84 (by any of its names).")]
    public string? Crs { get; init; }

    [FromQuery(Name = "resolution-x")]
    [Description("Not offered: answers are at the dataset's own grid spacing.")]
    public string? ResolutionX { get; init; }

    [FromQuery(Name = "resolution-y")]
    [Description("Not offered: answers are at the dataset's own grid spacing.")]
    public string? ResolutionY { get; init; }

    [FromQuery(Name = "f")]
    [Description("CoverageJSON (default), CSV or NetCDF.")]
    public string? F { get; init; }

    public EdrQueryParameters ToParameters() => new(Coords, Bbox, Datetime, ParameterName, Z, Aggregate, Crs, ResolutionX, ResolutionY);
}
