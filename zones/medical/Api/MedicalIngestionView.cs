using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Medical.Jobs;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Api;

/// <summary>A medical ingestion as its holder sees it: state, counts, and the problems with their line numbers.</summary>
public sealed record MedicalIngestionView(
    string Id,
    string Source,
    string Format,
    MedicalIngestionState State,
    long Bytes,
    long LinesRead,
    long Loaded,
    long Rejected,
    IReadOnlyList<IngestionProblem> Problems,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? FinishedAt,
    string? FailureReason)
{
    public static MedicalIngestionView From(MedicalIngestion job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Id, MedicalSources.Code(job.Source), job.Format == IngestionFormat.Csv ? "csv" : "jsonl", job.State, job.Bytes,
            job.LinesRead, job.Loaded, job.Rejected, job.Problems, job.SubmittedAt, job.FinishedAt, job.FailureReason);
    }
}
