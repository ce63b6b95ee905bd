using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Transport.Jobs;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Api;

/// <summary>A transport ingestion as its holder sees it: state, counts, and the problems with their line numbers.</summary>
public sealed record TransportIngestionView(
    string Id,
    string Source,
    string Format,
    TransportIngestionState State,
    long Bytes,
    long LinesRead,
    long Loaded,
    long Rejected,
    IReadOnlyList<IngestionProblem> Problems,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? FinishedAt,
    string? FailureReason)
{
    public static TransportIngestionView From(TransportIngestion job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Id, TransportSources.Code(job.Source), job.Format == IngestionFormat.Csv ? "csv" : "jsonl", job.State, job.Bytes,
            job.LinesRead, job.Loaded, job.Rejected, job.Problems, job.SubmittedAt, job.FinishedAt, job.FailureReason);
    }
}
