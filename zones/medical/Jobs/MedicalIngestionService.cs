using Azure.Storage.Blobs.Models;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Ingestion;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Uploads;
using DataZones.Zones.Medical.Reference;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Medical.Jobs;

/// <summary>What became of an upload.</summary>
public enum MedicalSubmissionOutcome
{
    Accepted,
    TooLarge,
    Empty,
    NotQueued,
}

/// <summary>
/// Accepts the health commission's files: stores the upload as a blob (size-limited), records the ingestion and
/// submits it to the platform's job queue. Demo data comes in through here too.
/// </summary>
public sealed class MedicalIngestionService(
    MedicalUploads uploads,
    MedicalIngestionStore jobs,
    JobSubmitter submitter,
    IIdGenerator ids,
    TimeProvider time,
    IOptions<MedicalOptions> options)
{
    public async Task<(MedicalSubmissionOutcome Outcome, MedicalIngestion? Job)> SubmitAsync(
        MedicalSource source, IngestionFormat format, string submittedBy, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var id = ids.NewId();
        var blob = await uploads.BlobAsync($"{MedicalSources.Code(source)}/{id}.{(format == IngestionFormat.Csv ? "csv" : "jsonl")}", cancellationToken);
        var limited = new UploadLimitStream(content, options.Value.UploadBytesMaximum);
        try
        {
            var contentType = format == IngestionFormat.Csv ? "text/csv" : "application/jsonl";
            await blob.UploadAsync(limited, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, cancellationToken);
        }
        catch (UploadTooLargeException)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            return (MedicalSubmissionOutcome.TooLarge, null);
        }

        if (limited.BytesRead == 0)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            return (MedicalSubmissionOutcome.Empty, null);
        }

        var job = new MedicalIngestion(id, source, format, submittedBy, time.GetUtcNow(), blob.Name, limited.BytesRead, MedicalIngestionState.Queued, 0, 0, 0, [], null, null);
        await jobs.SaveAsync(job, cancellationToken);
        if (await submitter.TrySubmitAsync(MedicalIngestionJob.JobKind, id, id, submittedBy, cancellationToken)) return (MedicalSubmissionOutcome.Accepted, job);
        job = job with { State = MedicalIngestionState.Failed, FinishedAt = time.GetUtcNow(), FailureReason = "The ingestion could not be queued; submit the file again." };
        await jobs.SaveAsync(job, CancellationToken.None);
        await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        return (MedicalSubmissionOutcome.NotQueued, job);
    }

    public Task<MedicalIngestion?> FindAsync(string id, CancellationToken cancellationToken) => jobs.FindAsync(id, cancellationToken);
}
