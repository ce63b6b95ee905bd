using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Jobs;

/// <summary>One uploaded file and what loading it did: counts, and every bad line's problems (the first 1,000 kept).</summary>
public sealed record TransportIngestion(
    string Id,
    TransportSource Source,
    IngestionFormat Format,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string BlobName,
    long Bytes,
    TransportIngestionState State,
    long LinesRead,
    long Loaded,
    long Rejected,
    IReadOnlyList<IngestionProblem> Problems,
    DateTimeOffset? FinishedAt,
    string? FailureReason)
{
    /// <summary>Problems kept on the record; the count of rejected lines is always exact.</summary>
    public const int ProblemsStoredMaximum = 1_000;

    public bool IsFinished => State is TransportIngestionState.Succeeded or TransportIngestionState.Failed;
}
