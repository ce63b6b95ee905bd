using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Telemetry;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;
using Microsoft.Extensions.Logging;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Loads one uploaded file, as the platform's job queue delivers it. Loads are idempotent upserts keyed by credit
/// code, so a re-delivered job (after a crash, or a storage error) simply runs again from the top. Progress goes to
/// the ingestion's record after every batch. The upload is deleted when the job ends either way: registry files
/// hold identity numbers.
/// </summary>
public sealed partial class FinanceIngestionJob(
    IngestionJobStore jobs,
    IngestionUploads uploads,
    IngestionLoader loader,
    TimeProvider time,
    PlatformMetrics metrics,
    ILogger<FinanceIngestionJob> logger) : IJobHandler
{
    public const string JobKind = "finance-ingestion";
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(context.Payload, cancellationToken)
            ?? throw new JobRejectedException($"Ingestion {context.Payload} has no record.");
        if (job.State is IngestionJobState.Succeeded or IngestionJobState.Failed) return; // finished by an earlier delivery
        var source = FinanceSources.Code(job.Source);
        job = job with { State = IngestionJobState.Running, StartedAt = time.GetUtcNow(), LinesRead = 0, Loaded = 0, Rejected = 0, Problems = [] };
        try
        {
            await jobs.SaveAsync(job, cancellationToken);
            var blob = await uploads.BlobAsync(job.BlobName, cancellationToken);
            using var download = (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
            var lastLog = time.GetUtcNow();
            var result = await loader.LoadAsync(job.Source, job.Format, download.Content, async progress =>
            {
                metrics.JobProgress(JobKind, progress.LinesRead - job.LinesRead);
                job = With(job, progress);
                var due = context.ProgressDue;
                await context.ProgressAsync(progress.LinesRead, null, $"{progress.LinesRead} lines read, {progress.Loaded} loaded, {progress.Rejected} rejected.", cancellationToken);
                if (!due) return;
                await jobs.SaveAsync(job, cancellationToken);
                if (time.GetUtcNow() - lastLog < LogInterval) return;
                lastLog = time.GetUtcNow();
                LogProgress(logger, job.Id, source, progress.LinesRead, progress.Loaded, progress.Rejected);
            }, cancellationToken);
            metrics.JobProgress(JobKind, result.LinesRead - job.LinesRead);
            job = Finish(With(job, result));
            await jobs.SaveAsync(job, cancellationToken);
            LogFinished(logger, job.Id, source, job.State, result.LinesRead, result.Loaded, result.Rejected);
            await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken);
            if (job.State == IngestionJobState.Failed) throw new JobRejectedException(job.FailureReason!);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or JobRejectedException or JobClaimLostException) && context.IsLastDelivery)
        {
            // No delivery comes after this one: the holder learns the job failed, and the upload goes.
            LogFailed(logger, exception, job.Id, source);
            await jobs.SaveAsync(job with { State = IngestionJobState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "Loading stopped on a storage error; submit the file again." }, CancellationToken.None);
            await (await uploads.BlobAsync(job.BlobName, CancellationToken.None)).DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            throw;
        }
    }

    private static IngestionJob With(IngestionJob job, LoadProgress progress) =>
        job with { LinesRead = progress.LinesRead, Loaded = progress.Loaded, Rejected = progress.Rejected, Problems = progress.Problems };

    // A missing column means no line could be read: the file as a whole is unusable.
    private IngestionJob Finish(IngestionJob job) =>
        job.Problems.Any(p => p.Code == IngestionProblemCodes.MissingColumn)
            ? job with { State = IngestionJobState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "The header lacks a required column; nothing was loaded." }
            : job with { State = IngestionJobState.Succeeded, FinishedAt = time.GetUtcNow() };

    [LoggerMessage(Level = LogLevel.Information, Message = "Finance ingestion {JobId} ({Source}): {LinesRead} lines read, {Loaded} loaded, {Rejected} rejected.")]
    private static partial void LogProgress(ILogger logger, string jobId, string source, long linesRead, long loaded, long rejected);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finance ingestion {JobId} ({Source}) {State}: {LinesRead} lines read, {Loaded} loaded, {Rejected} rejected.")]
    private static partial void LogFinished(ILogger logger, string jobId, string source, IngestionJobState state, long linesRead, long loaded, long rejected);

    [LoggerMessage(Level = LogLevel.Error, Message = "Finance ingestion {JobId} ({Source}) failed on its last delivery.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string jobId, string source);
}
