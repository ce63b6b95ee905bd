using Azure;
using Azure.Storage.Blobs;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Uploads that bypass the app, for datasets of any size the zone allows: the holder sends the header alone and gets
/// one write link per file (user-delegation SAS under the platform's identity in Azure), puts each file there with
/// ordinary blob tools — in blocks, resumable — and commits, which checks every file and queues the conversion.
/// A commit with problems changes nothing: the holder fixes the files and commits again. An upload never committed
/// is swept by <see cref="UploadSweepJob"/>.
/// </summary>
public sealed class LinkedIngestionService(
    IngestionService ingestion, OceanContainers containers, IngestionJobStore jobs, BlobLinks links, JobSubmitter submitter, TimeProvider time,
    IOptions<OceanOptions> options)
{
    /// <summary>Claims the dataset id, stages the header and records the ingestion awaiting its files.</summary>
    public async Task<LinkedIngestionBegin> BeginAsync(byte[] header, CancellationToken cancellationToken)
    {
        var begun = await ingestion.BeginAsync(header, cancellationToken).ConfigureAwait(false);
        if (begun.Staged is not { } staged) return new LinkedIngestionBegin(begun, null, []);
        var container = await containers.DataAsync(cancellationToken).ConfigureAwait(false);
        await staged.SaveHeaderAsync(container, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var job = new IngestionJob(staged.JobId, staged.Plan.Definition.Id, IngestionJobStatus.AwaitingUpload, 0, staged.Plan.Definition.Times.Count,
            "Waiting for the files to be uploaded through their links.", null, now, now);
        await jobs.SaveAsync(job, cancellationToken).ConfigureAwait(false);
        var minutes = options.Value.UploadLinkMinutes;
        var uploads = new List<PartLink>();
        foreach (var part in staged.Plan.Parts)
        {
            var link = await links.WriteAsync(container.GetBlobClient(BlobNameOf(staged.Plan, staged.UploadPrefix, part)), minutes, cancellationToken).ConfigureAwait(false);
            uploads.Add(new PartLink(part, link, staged.Plan.CsvPart is null ? staged.Plan.BytesPerFile : null));
        }
        return new LinkedIngestionBegin(begun, job, uploads);
    }

    /// <summary>
    /// Checks that every file is there at its exact length (a CSV is read onto the grid now) and queues the
    /// conversion: the queued job, or the problems found (the ingestion still awaits its files), or neither when the
    /// job queue did not take it (still awaiting; commit again).
    /// </summary>
    public async Task<(IngestionJob? Job, IReadOnlyList<FieldError> Problems)> CommitAsync(IngestionJob job, string submittedBy, CancellationToken cancellationToken)
    {
        var container = await containers.DataAsync(cancellationToken).ConfigureAwait(false);
        var (plan, planProblems) = await StagedIngestion.ReadPlanAsync(container, job.Id, options.Value, cancellationToken).ConfigureAwait(false);
        if (plan is null) return (null, planProblems);
        var prefix = StagedIngestion.PrefixOf(job.Id);
        var problems = plan.CsvPart is { } csv
            ? await CheckCsvAsync(container, plan, prefix, csv, cancellationToken).ConfigureAwait(false)
            : await CheckRawAsync(container, plan, prefix, plan.Parts, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0) return (null, problems);

        var queued = job with { Status = IngestionJobStatus.Queued, Log = "Staged; waiting for conversion.", UpdatedAt = time.GetUtcNow() };
        await jobs.SaveAsync(queued, cancellationToken).ConfigureAwait(false);
        if (await submitter.TrySubmitAsync(OceanIngestionJob.JobKind, job.Id, job.Id, submittedBy, cancellationToken).ConfigureAwait(false))
        {
            return (queued, []);
        }
        await jobs.SaveAsync(job, CancellationToken.None).ConfigureAwait(false);
        return (null, []);
    }

    private static string BlobNameOf(IngestionPlan plan, string prefix, string part) =>
        plan.CsvPart is null ? prefix + part : StagedIngestion.CsvBlobName(prefix, part);

    private static async Task<IReadOnlyList<FieldError>> CheckRawAsync(
        BlobContainerClient container, IngestionPlan plan, string prefix, IEnumerable<string> files, CancellationToken cancellationToken)
    {
        var problems = new List<FieldError>();
        foreach (var part in files)
        {
            var length = await LengthAsync(container.GetBlobClient(prefix + part), cancellationToken).ConfigureAwait(false);
            if (length is null)
            {
                problems.Add(Missing(part));
            }
            else if (length != plan.BytesPerFile)
            {
                problems.Add(IngestionService.WrongLength(plan, part, length.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        return problems;
    }

    private async Task<IReadOnlyList<FieldError>> CheckCsvAsync(BlobContainerClient container, IngestionPlan plan, string prefix, string part, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(StagedIngestion.CsvBlobName(prefix, part));
        var length = await LengthAsync(blob, cancellationToken).ConfigureAwait(false);
        if (length is null)
        {
            // Read onto the grid by an earlier commit whose job the queue then refused: the raw files are staged.
            return (await CheckRawAsync(container, plan, prefix, plan.Files, cancellationToken).ConfigureAwait(false)).Count == 0 ? [] : [Missing(part)];
        }
        var bytesMax = options.Value.IngestionBytesMax;
        if (length > bytesMax)
        {
            await blob.DeleteIfExistsAsync(cancellationToken: CancellationToken.None).ConfigureAwait(false);
            return [new FieldError(part, IngestionProblemCodes.TooLarge, $"'{part}' holds {length} bytes; at most {bytesMax} are accepted. Upload it again, smaller.")];
        }
        return await IngestionService.ConvertCsvAsync(container, plan, prefix, part, blob, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long?> LengthAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ContentLength;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static FieldError Missing(string part) =>
        new(part, IngestionProblemCodes.MissingFile, $"Nothing has been uploaded to '{part}' through its link yet; upload it, then commit again.");
}
