namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>A restricted area of an upload: a name and a closed ring of <c>[lon, lat]</c> positions.</summary>
public sealed record IngestionRestrictedArea(string? Name, double[][]? Polygon);
