using DataZones.Marketplace.Scheduling;
using DataZones.Marketplace.Uploads;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Hourly, at fifty past: ingestions whose write links lapsed an hour ago without a commit are closed as failed,
/// their staged files deleted and their dataset id released, so an abandoned upload neither holds storage nor
/// blocks the id. Idempotent: a swept ingestion no longer awaits its upload.
/// </summary>
public sealed class UploadSweepJob(IngestionJobStore jobs, OceanContainers containers, TimeProvider time, IOptions<OceanOptions> options) : IScheduledJob
{
    public string FunctionName => "OceanUploadSweep";

    public string Schedule => "0 50 * * * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var abandonedBefore = WriteLink.AbandonedBefore(time.GetUtcNow(), options.Value.UploadLinkMinutes);
        var swept = 0;
        var staging = new BlobZarrStore(await containers.DataAsync(cancellationToken).ConfigureAwait(false));
        foreach (var job in await jobs.ListAwaitingUploadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (job.CreatedAt >= abandonedBefore) continue;
            await staging.DeletePrefixAsync(StagedIngestion.PrefixOf(job.Id), cancellationToken).ConfigureAwait(false);
            await jobs.ReleaseClaimAsync(job.DatasetId, cancellationToken).ConfigureAwait(false);
            await jobs.SaveAsync(job with
            {
                Status = IngestionJobStatus.Failed, Log = "Not converted.", UpdatedAt = time.GetUtcNow(),
                Reason = "The upload was not committed before its links lapsed; start again with a new request for links.",
            }, cancellationToken).ConfigureAwait(false);
            swept++;
        }
        return $"swept {swept} abandoned uploads";
    }
}
