using System.Globalization;
using DataZones.Marketplace.Telemetry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Converts queued uploads one at a time (conversion is CPU- and storage-bound; one at a time keeps queries
/// responsive), recording progress on the job after each block of time steps, and removing the staged files when
/// done, whatever the outcome.
/// </summary>
public sealed partial class IngestionWorker(
    IngestionQueue queue, IngestionConverter converter, IngestionJobStore jobs, OceanContainers containers, TimeProvider time,
    PlatformMetrics metrics, ILogger<IngestionWorker> logger) : BackgroundService
{
    private const string JobName = "ocean-ingestion";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await RunAsync(work, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One job's failure (storage unreachable even to record it) must not stop the worker, or the host.
                LogJobCrashed(logger, exception, work.JobId);
            }
        }
    }

    private async Task RunAsync(IngestionWork work, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(work.JobId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Ingestion {work.JobId} was queued without a job record.");
        var total = work.Plan.Definition.Times.Count;
        job = await SaveAsync(job with { Status = IngestionJobStatus.Running, Log = "Converting." }, cancellationToken).ConfigureAwait(false);
        async Task OnProgress(int written)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{written}/{total} time steps written.");
            LogProgress(logger, job.Id, job.DatasetId, line);
            metrics.JobProgress(JobName, written - job.TimeStepsWritten);
            job = await SaveAsync(job with { TimeStepsWritten = written, Log = line }, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            var rejected = await converter.ConvertAsync(work, OnProgress, cancellationToken).ConfigureAwait(false);
            if (rejected is null)
            {
                await SaveAsync(job with { Status = IngestionJobStatus.Succeeded, TimeStepsWritten = total, Log = $"Published '{job.DatasetId}'." }, cancellationToken).ConfigureAwait(false);
                LogPublished(logger, job.Id, job.DatasetId);
                metrics.JobEnded(JobName, "succeeded");
            }
            else
            {
                await FailAsync(job, $"{rejected.Rule}: {rejected.Message}", cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception, job.Id, job.DatasetId);
            await FailAsync(job, "The conversion failed unexpectedly; nothing was published. Upload again.", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            var container = await containers.DataAsync(CancellationToken.None).ConfigureAwait(false);
            await new BlobZarrStore(container).DeletePrefixAsync(OceanStores.UploadsPrefix + work.JobId + "/", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task FailAsync(IngestionJob job, string reason, CancellationToken cancellationToken)
    {
        await jobs.ReleaseClaimAsync(job.DatasetId, cancellationToken).ConfigureAwait(false);
        await SaveAsync(job with { Status = IngestionJobStatus.Failed, Reason = reason, Log = "Rejected; nothing was published." }, cancellationToken).ConfigureAwait(false);
        LogRejected(logger, job.Id, job.DatasetId, reason);
        metrics.JobEnded(JobName, "failed");
    }

    private async Task<IngestionJob> SaveAsync(IngestionJob job, CancellationToken cancellationToken)
    {
        var updated = job with { UpdatedAt = time.GetUtcNow() };
        await jobs.SaveAsync(updated, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingestion {JobId} ({DatasetId}): {Progress}")]
    private static partial void LogProgress(ILogger logger, string jobId, string datasetId, string progress);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingestion {JobId}: published dataset {DatasetId}.")]
    private static partial void LogPublished(ILogger logger, string jobId, string datasetId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingestion {JobId} ({DatasetId}) rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string jobId, string datasetId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingestion {JobId} ({DatasetId}) failed; nothing was published.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string jobId, string datasetId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ocean ingestion {JobId} could not be run or recorded; the worker goes on with the next job.")]
    private static partial void LogJobCrashed(ILogger logger, Exception exception, string jobId);
}
