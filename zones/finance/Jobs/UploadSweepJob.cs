using DataZones.Marketplace.Scheduling;
using DataZones.Marketplace.Uploads;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Hourly, at forty past: ingestions whose write link lapsed an hour ago without a commit are closed as failed and
/// their staged file (if any part arrived) deleted — registry files hold identity numbers, and nothing may stay
/// at rest that no job will load. Idempotent: a swept ingestion is no longer awaiting its upload.
/// </summary>
public sealed class UploadSweepJob(IngestionJobStore jobs, IngestionUploads uploads, TimeProvider time, IOptions<FinanceOptions> options) : IScheduledJob
{
    public string FunctionName => "FinanceUploadSweep";

    public string Schedule => "0 40 * * * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var abandonedBefore = WriteLink.AbandonedBefore(time.GetUtcNow(), options.Value.UploadLinkMinutes);
        var swept = 0;
        foreach (var job in await jobs.ListAwaitingUploadAsync(cancellationToken))
        {
            if (job.SubmittedAt >= abandonedBefore) continue;
            await (await uploads.BlobAsync(job.BlobName, cancellationToken)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            await jobs.SaveAsync(job with { State = IngestionJobState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "The upload was not committed before its link lapsed; ask for a new link." },
                cancellationToken);
            swept++;
        }
        return $"swept {swept} abandoned uploads";
    }
}
