using DataZones.Marketplace.Ingestion;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Uploads;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Accepts holders' files: stores the upload as a blob (size-limited), records the ingestion and submits it to the
/// platform's job queue (<see cref="FinanceIngestionJob"/> loads it). Demo data comes in through here too, so it is loaded exactly as a holder's file would be.
/// </summary>
public sealed class IngestionService(
    IngestionUploads uploads,
    IngestionJobStore jobs,
    JobSubmitter submitter,
    IIdGenerator ids,
    TimeProvider time,
    IOptions<FinanceOptions> options)
{
    public async Task<IngestionSubmission> SubmitAsync(
        FinanceSource source, IngestionFormat format, string submittedBy, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var id = ids.NewId();
        var blob = await uploads.BlobAsync(IngestionUploads.BlobName(source, id, format), cancellationToken);
        var limited = new UploadLimitStream(content, options.Value.UploadBytesMaximum);
        try
        {
            var contentType = format == IngestionFormat.Csv ? "text/csv" : "application/jsonl";
            await blob.UploadAsync(limited, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        }
        catch (UploadTooLargeException)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            return new IngestionSubmission(IngestionSubmissionOutcome.TooLarge, null);
        }

        if (limited.BytesRead == 0)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            return new IngestionSubmission(IngestionSubmissionOutcome.Empty, null);
        }

        var job = new IngestionJob(id, source, format, FinanceSources.Holder(source).Id, submittedBy, time.GetUtcNow(), blob.Name,
            limited.BytesRead, IngestionJobState.Queued, 0, 0, 0, [], null, null, null);
        await jobs.SaveAsync(job, cancellationToken);
        if (await submitter.TrySubmitAsync(FinanceIngestionJob.JobKind, id, id, submittedBy, cancellationToken))
        {
            return new IngestionSubmission(IngestionSubmissionOutcome.Accepted, job);
        }
        // The job queue (or its table) did not take the job: nothing will load the file, so say so now.
        job = job with { State = IngestionJobState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "The ingestion could not be queued; submit the file again." };
        await jobs.SaveAsync(job, CancellationToken.None);
        await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        return new IngestionSubmission(IngestionSubmissionOutcome.NotQueued, job);
    }

    public Task<IngestionJob?> FindAsync(string id, CancellationToken cancellationToken) => jobs.FindAsync(id, cancellationToken);
}
