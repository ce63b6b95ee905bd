namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>A staged upload waiting for conversion: its job and its validated plan.</summary>
public sealed record IngestionWork(string JobId, IngestionPlan Plan);
