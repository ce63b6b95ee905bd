namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>An evenly spaced coordinate in the upload header: first cell centre, spacing (degrees), number of cells.</summary>
public sealed record IngestionAxis(double? Start, double? Step, int? Count);
