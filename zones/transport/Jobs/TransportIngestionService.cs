using Azure.Storage.Blobs.Models;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Uploads;
using DataZones.Zones.Transport.Reference;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Transport.Jobs;

/// <summary>What became of an upload.</summary>
public enum TransportSubmissionOutcome
{
    Accepted,
    TooLarge,
    Empty,
    NotQueued,
}

/// <summary>
/// Accepts the transport holders' files: stores the upload as a blob (size-limited), records the ingestion and
/// submits it to the platform's job queue. Demo data comes in through here too.
/// </summary>
public sealed class TransportIngestionService(
    TransportUploads uploads,
    TransportIngestionStore jobs,
    JobSubmitter submitter,
    IIdGenerator ids,
    TimeProvider time,
    IOptions<TransportOptions> options)
{
    public async Task<(TransportSubmissionOutcome Outcome, TransportIngestion? Job)> SubmitAsync(
        TransportSource source, IngestionFormat format, string submittedBy, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var id = ids.NewId();
        var blob = await uploads.BlobAsync($"{TransportSources.Code(source)}/{id}.{(format == IngestionFormat.Csv ? "csv" : "jsonl")}", cancellationToken);
        var limited = new UploadLimitStream(content, options.Value.UploadBytesMaximum);
        try
        {
            var contentType = format == IngestionFormat.Csv ? "text/csv" : "application/jsonl";
            await blob.UploadAsync(limited, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        }
        catch (UploadTooLargeException)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            return (TransportSubmissionOutcome.TooLarge, null);
        }

        if (limited.BytesRead == 0)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            return (TransportSubmissionOutcome.Empty, null);
        }

        var job = new TransportIngestion(id, source, format, submittedBy, time.GetUtcNow(), blob.Name, limited.BytesRead, TransportIngestionState.Queued, 0, 0, 0, [], null, null);
        await jobs.SaveAsync(job, cancellationToken);
        if (await submitter.TrySubmitAsync(TransportIngestionJob.JobKind, id, id, submittedBy, cancellationToken)) return (TransportSubmissionOutcome.Accepted, job);
        job = job with { State = TransportIngestionState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "The ingestion could not be queued; submit the file again." };
        await jobs.SaveAsync(job, CancellationToken.None);
        await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        return (TransportSubmissionOutcome.NotQueued, job);
    }

    public Task<TransportIngestion?> FindAsync(string id, CancellationToken cancellationToken) => jobs.FindAsync(id, cancellationToken);
}
