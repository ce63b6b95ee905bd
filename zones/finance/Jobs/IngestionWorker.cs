using Azure;
using DataZones.Marketplace.Hosting;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Runs ingestion jobs in the background, one at a time in submission order (so a later file of a source wins over
/// an earlier one). Shortly after start it runs again the jobs a previous process left queued or running: loads are
/// idempotent, so running a half-done job again from the top is safe. Progress goes to the job's row after every
/// window and to the log at most every few seconds.
/// </summary>
public sealed partial class IngestionWorker(
    IngestionQueue queue,
    IngestionJobStore jobs,
    IngestionUploads uploads,
    IngestionLoader loader,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await AfterStartup.WaitAsync(lifetime, time, stoppingToken); // not on a cold start's path
            await RecoverAsync(stoppingToken);
            await foreach (var id in queue.ReadAllAsync(stoppingToken))
            {
                var job = await jobs.FindAsync(id, stoppingToken);
                if (job is null || job.IsFinished) continue;
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a job cut short stays "running" and is run again at the next start.
        }
    }

    // Older than anything queued since, so they run first, directly: queueing them could wait on a full queue
    // that nobody reads yet.
    private async Task RecoverAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<IngestionJob> unfinished;
        try
        {
            unfinished = await jobs.ListUnfinishedAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Storage unreachable at start (after retries Azure.Core throws an AggregateException): the worker keeps
            // serving new jobs; the unfinished ones run at the next start.
            LogRecoveryFailed(logger, exception);
            return;
        }

        foreach (var job in unfinished)
        {
            LogRecovered(logger, job.Id, FinanceSources.Code(job.Source));
            await RunAsync(job, stoppingToken);
        }
    }

    private async Task RunAsync(IngestionJob job, CancellationToken stoppingToken)
    {
        var source = FinanceSources.Code(job.Source);
        job = job with { State = IngestionJobState.Running, StartedAt = time.GetUtcNow(), LinesRead = 0, Loaded = 0, Rejected = 0, Problems = [] };
        try
        {
            await jobs.SaveAsync(job, stoppingToken);
            var blob = await uploads.BlobAsync(job.BlobName, stoppingToken);
            using var download = (await blob.DownloadStreamingAsync(cancellationToken: stoppingToken)).Value;
            var lastLog = time.GetUtcNow();
            var result = await loader.LoadAsync(job.Source, job.Format, download.Content, async progress =>
            {
                job = With(job, progress);
                await jobs.SaveAsync(job, stoppingToken);
                if (time.GetUtcNow() - lastLog < LogInterval) return;
                lastLog = time.GetUtcNow();
                LogProgress(logger, job.Id, source, progress.LinesRead, progress.Loaded, progress.Rejected);
            }, stoppingToken);
            job = Finish(With(job, result));
            await jobs.SaveAsync(job, stoppingToken);
            LogFinished(logger, job.Id, source, job.State, result.LinesRead, result.Loaded, result.Rejected);
            await blob.DeleteIfExistsAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A storage failure or unreadable upload: the job fails as a whole and the holder submits again
            // (loads are idempotent). The upload is deleted either way: registry files hold identity numbers.
            LogFailed(logger, exception, job.Id, source);
            job = job with { State = IngestionJobState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "Loading stopped on a storage error; submit the file again." };
            await jobs.SaveAsync(job, CancellationToken.None);
            await (await uploads.BlobAsync(job.BlobName, CancellationToken.None)).DeleteIfExistsAsync(CancellationToken.None);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Finance ingestion {JobId} ({Source}) failed.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string jobId, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Finance ingestion {JobId} ({Source}) was unfinished at start-up; running it again.")]
    private static partial void LogRecovered(ILogger logger, string jobId, string source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Finance ingestion: unfinished jobs could not be listed at start-up.")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);
}
