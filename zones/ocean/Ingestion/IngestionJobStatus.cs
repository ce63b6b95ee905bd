namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>Where an ingestion is: staged and waiting, converting, published, or failed (nothing left visible).</summary>
public enum IngestionJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
