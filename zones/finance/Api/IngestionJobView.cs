using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Jobs;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Api;

/// <summary>An ingestion job as its holder sees it: state, counts, and the first problems with line numbers.</summary>
public sealed record IngestionJobView(
    string Id,
    string Source,
    string Format,
    string HolderId,
    IngestionJobState State,
    long Bytes,
    long LinesRead,
    long Loaded,
    long Rejected,
    IReadOnlyList<IngestionProblem> Problems,
    bool ProblemsTruncated,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? FailureReason)
{
    public static IngestionJobView From(IngestionJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Id, FinanceSources.Code(job.Source), IngestionApi.FormatName(job.Format), job.HolderId, job.State, job.Bytes,
            job.LinesRead, job.Loaded, job.Rejected, job.Problems, job.Problems.Count < job.Rejected && job.Problems.Count >= IngestionJob.ProblemsStoredMaximum,
            job.SubmittedAt, job.StartedAt, job.FinishedAt, job.FailureReason);
    }
}
