namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>The chunk shape asked for (time steps × latitudes × longitudes); absent members take the default.</summary>
public sealed record IngestionChunking(int? TimeSteps, int? Latitudes, int? Longitudes);
