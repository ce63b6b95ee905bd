using System.Globalization;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Telemetry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Converts one staged upload into a published dataset, as the platform's job queue delivers it. The plan is
/// rebuilt from the staged header, so any instance can take the job; a re-delivered conversion (after a crash)
/// writes the same chunks again from the top, and publishes by <c>.zmetadata</c>, written last. Progress goes to the
/// ingestion's record after each block of time steps. The staged files are removed once the job ends — published,
/// rejected, or failed on its last delivery — and kept while another delivery may still need them.
/// </summary>
public sealed partial class OceanIngestionJob(
    IngestionConverter converter, IngestionJobStore jobs, OceanContainers containers, TimeProvider time, PlatformMetrics metrics,
    IOptions<OceanOptions> options, ILogger<OceanIngestionJob> logger) : IJobHandler
{
    public const string JobKind = "ocean-ingestion";

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(context.Payload, cancellationToken).ConfigureAwait(false)
            ?? throw new JobRejectedException($"Ingestion {context.Payload} has no record.");
        if (job.Status is IngestionJobStatus.Succeeded or IngestionJobStatus.Failed) return; // finished by an earlier delivery
        var work = await WorkAsync(job, cancellationToken).ConfigureAwait(false);
        var total = work.Plan.Definition.Times.Count;
        job = await SaveAsync(job with { Status = IngestionJobStatus.Running, Log = "Converting." }, cancellationToken).ConfigureAwait(false);
        var reported = job.TimeStepsWritten;
        async Task OnProgress(int written)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{written}/{total} time steps written.");
            metrics.JobProgress(JobKind, written - reported);
            reported = written;
            var due = context.ProgressDue;
            await context.ProgressAsync(written, total, line, cancellationToken).ConfigureAwait(false);
            if (!due) return;
            LogProgress(logger, job.Id, job.DatasetId, line);
            job = await SaveAsync(job with { TimeStepsWritten = written, Log = line }, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            var rejected = await converter.ConvertAsync(work, OnProgress, cancellationToken).ConfigureAwait(false);
            if (rejected is not null)
            {
                await FailAsync(job, $"{rejected.Rule}: {rejected.Message}").ConfigureAwait(false);
                throw new JobRejectedException($"{rejected.Rule}: {rejected.Message}");
            }
            await SaveAsync(job with { Status = IngestionJobStatus.Succeeded, TimeStepsWritten = total, Log = $"Published '{job.DatasetId}'." }, cancellationToken).ConfigureAwait(false);
            LogPublished(logger, job.Id, job.DatasetId);
            await RemoveStagedAsync(job.Id).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or JobRejectedException or JobClaimLostException) && context.IsLastDelivery)
        {
            LogFailed(logger, exception, job.Id, job.DatasetId);
            await FailAsync(job, "The conversion failed unexpectedly; nothing was published. Upload again.").ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The staged header, parsed again: the plan the upload was accepted under.</summary>
    private async Task<IngestionWork> WorkAsync(IngestionJob job, CancellationToken cancellationToken)
    {
        var container = await containers.DataAsync(cancellationToken).ConfigureAwait(false);
        var (plan, problems) = await StagedIngestion.ReadPlanAsync(container, job.Id, options.Value, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            // Accepted once, so only a change of the zone's limits since can make it invalid now.
            var reason = string.Join("; ", problems.Select(p => p.Message));
            await FailAsync(job, reason).ConfigureAwait(false);
            throw new JobRejectedException(reason);
        }
        return new IngestionWork(job.Id, plan);
    }

    private async Task FailAsync(IngestionJob job, string reason)
    {
        // The staged files go before the status says failed, so a holder who sees "failed" never finds them still
        // there; a delivery that dies in between finds no staged plan and fails the job the same way.
        await RemoveStagedAsync(job.Id).ConfigureAwait(false);
        await jobs.ReleaseClaimAsync(job.DatasetId, CancellationToken.None).ConfigureAwait(false);
        await SaveAsync(job with { Status = IngestionJobStatus.Failed, Reason = reason, Log = "Rejected; nothing was published." }, CancellationToken.None).ConfigureAwait(false);
        LogRejected(logger, job.Id, job.DatasetId, reason);
    }

    private async Task RemoveStagedAsync(string jobId)
    {
        var container = await containers.DataAsync(CancellationToken.None).ConfigureAwait(false);
        await new BlobZarrStore(container).DeletePrefixAsync(StagedIngestion.PrefixOf(jobId), CancellationToken.None).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingestion {JobId} ({DatasetId}) failed on its last delivery; nothing was published.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string jobId, string datasetId);
}
