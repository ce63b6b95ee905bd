using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Jobs;
using DataZones.Zones.Transport.Reference;
using Microsoft.Extensions.Logging;

namespace DataZones.Zones.Transport.Jobs;

/// <summary>
/// Loads one uploaded file as the platform's job queue delivers it. Loads are idempotent upserts, so a re-delivered
/// job runs again from the top. The upload is deleted when the job ends either way: it holds plates and identity numbers in clear.
/// </summary>
public sealed partial class TransportIngestionJob(
    TransportIngestionStore jobs,
    TransportUploads uploads,
    TransportIngestionLoader loader,
    TimeProvider time,
    ILogger<TransportIngestionJob> logger) : IJobHandler
{
    public const string JobKind = "transport-ingestion";

    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var job = await jobs.FindAsync(context.Payload, cancellationToken)
            ?? throw new JobRejectedException($"Ingestion {context.Payload} has no record.");
        if (job.IsFinished) return; // finished by an earlier delivery
        job = job with { State = TransportIngestionState.Running, LinesRead = 0, Loaded = 0, Rejected = 0, Problems = [] };
        try
        {
            await jobs.SaveAsync(job, cancellationToken);
            var blob = await uploads.BlobAsync(job.BlobName, cancellationToken);
            using var download = (await blob.DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
            var result = await loader.LoadAsync(job, download.Content, async progress =>
            {
                await context.ProgressAsync(progress.LinesRead, null, $"{progress.LinesRead} lines read, {progress.Loaded} loaded, {progress.Rejected} rejected.", cancellationToken);
                if (context.ProgressDue) await jobs.SaveAsync(progress, cancellationToken);
            }, cancellationToken);
            job = result.Problems.Any(p => p.Code == IngestionProblemCodes.MissingColumn)
                ? result with { State = TransportIngestionState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "The header lacks a required column; nothing was loaded." }
                : result with { State = TransportIngestionState.Succeeded, FinishedAt = time.GetUtcNow() };
            await jobs.SaveAsync(job, cancellationToken);
            LogFinished(logger, job.Id, TransportSources.Code(job.Source), job.State, job.LinesRead, job.Loaded, job.Rejected);
            await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken);
            if (job.State == TransportIngestionState.Failed) throw new JobRejectedException(job.FailureReason!);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or JobRejectedException or JobClaimLostException) && context.IsLastDelivery)
        {
            LogFailed(logger, exception, job.Id);
            await jobs.SaveAsync(job with { State = TransportIngestionState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "Loading stopped on a storage error; submit the file again." }, CancellationToken.None);
            await (await uploads.BlobAsync(job.BlobName, CancellationToken.None)).DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transport ingestion {JobId} ({Source}) {State}: {LinesRead} lines read, {Loaded} loaded, {Rejected} rejected.")]
    private static partial void LogFinished(ILogger logger, string jobId, string source, TransportIngestionState state, long linesRead, long loaded, long rejected);

    [LoggerMessage(Level = LogLevel.Error, Message = "Transport ingestion {JobId} failed on its last delivery.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string jobId);
}
