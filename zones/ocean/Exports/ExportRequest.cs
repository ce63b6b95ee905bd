using System.Text.Json.Serialization;

namespace DataZones.Zones.Ocean.Exports;

/// <summary>
/// <c>POST /zones/ocean/exports</c>: which collection, which area (<c>bbox</c> or a WKT <c>coords</c> polygon, one
/// of the two), which time (<c>datetime</c>, as in queries; absent = all), which parameters (absent = all) and in
/// which format: <c>zarr</c> (the default, a Zarr v2 group) or <c>netcdf</c> (one CF netCDF classic file).
/// </summary>
public sealed record ExportRequest(
    string? Collection,
    string? Bbox,
    string? Coords,
    string? Datetime,
    [property: JsonPropertyName("parameter-name")] string? ParameterName,
    string? Format = null);
