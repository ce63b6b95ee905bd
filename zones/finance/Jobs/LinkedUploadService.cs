using DataZones.Marketplace.Ingestion;
using Azure;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Uploads;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// Uploads that bypass the app: the holder asks for a write link to the ingestion's staging blob (user-delegation
/// SAS under the platform's identity in Azure), puts the file there with ordinary blob tools — any size the zone
/// allows, in blocks, resumable — and commits, which queues the load. An upload never committed is swept.
/// </summary>
public sealed class LinkedUploadService(
    IngestionJobStore jobs, IngestionUploads uploads, BlobLinks links, JobSubmitter submitter, IIdGenerator ids, TimeProvider time,
    IOptions<FinanceOptions> options)
{
    /// <summary>Records an ingestion awaiting its file and returns a write link to where the file goes.</summary>
    public async Task<(IngestionJob Job, WriteLink Link)> BeginAsync(
        FinanceSource source, IngestionFormat format, string submittedBy, CancellationToken cancellationToken)
    {
        var id = ids.NewId();
        var blob = await uploads.BlobAsync(IngestionUploads.BlobName(source, id, format), cancellationToken);
        var job = new IngestionJob(id, source, format, FinanceSources.Holder(source).Id, submittedBy, time.GetUtcNow(), blob.Name,
            0, IngestionJobState.AwaitingUpload, 0, 0, 0, [], null, null, null);
        await jobs.SaveAsync(job, cancellationToken);
        return (job, await links.WriteAsync(blob, options.Value.UploadLinkMinutes, cancellationToken));
    }

    /// <summary>Checks the uploaded file and queues its load.</summary>
    public async Task<(IngestionSubmissionOutcome Outcome, IngestionJob? Job)> CommitAsync(IngestionJob job, CancellationToken cancellationToken)
    {
        var blob = await uploads.BlobAsync(job.BlobName, cancellationToken);
        long bytes;
        try
        {
            bytes = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (IngestionSubmissionOutcome.Empty, job);
        }
        if (bytes == 0 || bytes > options.Value.LinkUploadBytesMaximum)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            var reason = bytes == 0 ? "The uploaded file was empty." : $"The uploaded file holds {bytes} bytes; at most {options.Value.LinkUploadBytesMaximum} are accepted.";
            await jobs.SaveAsync(job with { State = IngestionJobState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = reason }, CancellationToken.None);
            return (bytes == 0 ? IngestionSubmissionOutcome.Empty : IngestionSubmissionOutcome.TooLarge, null);
        }
        var queued = job with { State = IngestionJobState.Queued, Bytes = bytes };
        await jobs.SaveAsync(queued, cancellationToken);
        if (await submitter.TrySubmitAsync(FinanceIngestionJob.JobKind, job.Id, job.Id, job.SubmittedBy, cancellationToken))
        {
            return (IngestionSubmissionOutcome.Accepted, queued);
        }
        // Left awaiting its commit: the holder may commit again; the sweep removes it if nobody does.
        await jobs.SaveAsync(job, CancellationToken.None);
        return (IngestionSubmissionOutcome.NotQueued, null);
    }
}
