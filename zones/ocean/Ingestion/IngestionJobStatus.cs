namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Where an ingestion is: waiting for its files to arrive through write links, staged and waiting for conversion,
/// converting, published, or failed (nothing left visible).
/// </summary>
public enum IngestionJobStatus
{
    AwaitingUpload,
    Queued,
    Running,
    Succeeded,
    Failed,
}
