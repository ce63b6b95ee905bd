namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>The time steps of an upload: the first instant (UTC), the spacing in hours, and how many there are.</summary>
public sealed record IngestionTimes(DateTimeOffset? Start, double? StepHours, int? Count);
