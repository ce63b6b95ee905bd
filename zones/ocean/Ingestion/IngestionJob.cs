namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// An ingestion as its status endpoint shows it: progress in time steps written out of the total, the latest log
/// line, and for a failure the reason.
/// </summary>
public sealed record IngestionJob(
    string Id,
    string DatasetId,
    IngestionJobStatus Status,
    int TimeStepsWritten,
    int TimeStepCount,
    string Log,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
