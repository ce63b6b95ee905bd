namespace DataZones.Zones.Ocean.Edr;

/// <summary>The raw query-string values of an EDR request, exactly as received (null when absent).</summary>
public sealed record EdrQueryParameters(
    string? Coords = null,
    string? Bbox = null,
    string? Datetime = null,
    string? ParameterName = null,
    string? Z = null,
    string? Aggregate = null,
    string? Crs = null,
    string? ResolutionX = null,
    string? ResolutionY = null);
