using DataZones.Marketplace.Hosting;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Shortly after start-up, closes ingestions that an earlier process left queued or running (the queue is in memory, so they
/// will never finish): each is marked failed with a reason the holder can act on, its staged files and any partly
/// written group are removed, and its dataset id is released so the holder can upload again. Only jobs untouched for
/// <see cref="OceanOptions.IngestionStaleMinutes"/> are closed — a running job saves progress at every block of time
/// steps, so a job that another live instance is converting is never taken for dead.
/// </summary>
public sealed partial class InterruptedIngestionRecovery(
    IngestionJobStore jobs, OceanContainers containers, IHostApplicationLifetime lifetime, TimeProvider time, IOptions<OceanOptions> options,
    ILogger<InterruptedIngestionRecovery> logger) : BackgroundService
{
    public const string Reason = "The ingestion was interrupted by a restart before it was published; nothing was published. Upload again.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await AfterStartup.WaitAsync(lifetime, time, stoppingToken).ConfigureAwait(false); // not on a cold start's path
            var staleBefore = time.GetUtcNow() - TimeSpan.FromMinutes(options.Value.IngestionStaleMinutes);
            foreach (var job in (await jobs.ListUnfinishedAsync(stoppingToken).ConfigureAwait(false)).Where(j => j.UpdatedAt < staleBefore))
            {
                var store = new BlobZarrStore(await containers.DataAsync(stoppingToken).ConfigureAwait(false));
                await store.DeletePrefixAsync(OceanStores.UploadsPrefix + job.Id + "/", stoppingToken).ConfigureAwait(false);
                var group = OceanStores.GroupPath(job.DatasetId) + "/";
                if (await store.GetAsync(group + ".zmetadata", stoppingToken).ConfigureAwait(false) is not null)
                {
                    // Published (.zmetadata is written last) but not recorded: never delete data; the operator checks it.
                    LogPublishedButUnrecorded(logger, job.Id, job.DatasetId);
                    continue;
                }
                await store.DeletePrefixAsync(group, stoppingToken).ConfigureAwait(false);
                await jobs.ReleaseClaimAsync(job.DatasetId, stoppingToken).ConfigureAwait(false);
                await jobs.SaveAsync(job with { Status = IngestionJobStatus.Failed, Reason = Reason, Log = "Interrupted; nothing was published.", UpdatedAt = time.GetUtcNow() },
                    stoppingToken).ConfigureAwait(false);
                LogClosed(logger, job.Id, job.DatasetId);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Storage unreachable at start: the next start tries again; nothing here may stop the host.
            LogRecoveryFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingestion {JobId} ({DatasetId}) was interrupted by a restart; closed as failed and its dataset id released.")]
    private static partial void LogClosed(ILogger logger, string jobId, string datasetId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingestion {JobId} was interrupted after dataset {DatasetId} was published; left as it is for the operator to check.")]
    private static partial void LogPublishedButUnrecorded(ILogger logger, string jobId, string datasetId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interrupted ocean ingestions could not be checked at start-up.")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);
}
