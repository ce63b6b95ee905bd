using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// One uploaded file and its load into the reference table. Counts are kept in full; the line problems are kept
/// up to <see cref="ProblemsStoredMaximum"/> (the first ones, in line order), so a file of bad lines cannot make
/// the job's row unbounded.
/// </summary>
/// <param name="Id">Time-ordered job id.</param>
/// <param name="Source">The source the file holds.</param>
/// <param name="Format">CSV or JSON Lines.</param>
/// <param name="HolderId">The data holder the source belongs to.</param>
/// <param name="SubmittedBy">Who uploaded it (a credential id, never a key).</param>
/// <param name="SubmittedAt">When it was accepted.</param>
/// <param name="BlobName">Where the upload waits in the upload container until it is loaded.</param>
/// <param name="Bytes">Size of the upload.</param>
/// <param name="State">Where the job is.</param>
/// <param name="LinesRead">Records read so far (a CSV record quoted over several lines counts once; the header not at all).</param>
/// <param name="Loaded">Valid records written.</param>
/// <param name="Rejected">Records refused with problems.</param>
/// <param name="Problems">The first problems, each with its line number.</param>
/// <param name="StartedAt">When loading started.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="FailureReason">Why a failed job failed; never contains data from the file.</param>
public sealed record IngestionJob(
    string Id,
    FinanceSource Source,
    IngestionFormat Format,
    string HolderId,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    string BlobName,
    long Bytes,
    IngestionJobState State,
    long LinesRead,
    long Loaded,
    long Rejected,
    IReadOnlyList<IngestionProblem> Problems,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? FailureReason)
{
    /// <summary>At most this many line problems are kept with a job (a table property holds at most 64 KiB).</summary>
    public const int ProblemsStoredMaximum = 50;

    public bool IsFinished => State is IngestionJobState.Succeeded or IngestionJobState.Failed;
}
