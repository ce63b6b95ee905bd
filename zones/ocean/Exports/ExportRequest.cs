using System.Text.Json.Serialization;

namespace DataZones.Zones.Ocean.Exports;

/// <summary>
/// <c>POST /zones/ocean/exports</c>: which collection, which area (<c>bbox</c> or a WKT <c>coords</c> polygon, one
/// of the two), which time (<c>datetime</c>, as in queries; absent = all) and which parameters (absent = all).
/// </summary>
public sealed record ExportRequest(
    string? Collection,
    string? Bbox,
    string? Coords,
    string? Datetime,
    [property: JsonPropertyName("parameter-name")] string? ParameterName);
