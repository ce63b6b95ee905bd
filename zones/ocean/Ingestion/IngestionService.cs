using System.Globalization;
using System.Runtime.InteropServices;
using Azure.Storage.Blobs;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Jobs;
using DataZones.Marketplace.Problems;
using DataZones.Marketplace.Uploads;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Receives an upload: validates its header, claims the dataset id, stages each file under <c>uploads/{job}/</c>
/// checking its exact length, then submits the conversion to the platform's job queue (<see cref="OceanIngestionJob"/>). Any problem removes what was staged and
/// releases the claim, so a rejected upload leaves nothing behind.
/// </summary>
public sealed class IngestionService(
    OceanContainers containers, DatasetRegistry registry, IngestionJobStore jobs, JobSubmitter submitter, IIdGenerator ids, TimeProvider time,
    IOptions<OceanOptions> options)
{
    public async Task<IngestionBegin> BeginAsync(byte[] header, CancellationToken cancellationToken)
    {
        var (plan, problems) = IngestionHeaderParser.Parse(header, options.Value.IngestionBytesMax, options.Value.IngestionCsvValuesMax);
        if (plan is null)
        {
            return new IngestionBegin(null, problems, IdTaken: false);
        }
        var jobId = ids.NewId();
        var id = plan.Definition.Id;
        if (await registry.ExistsAsync(id, cancellationToken).ConfigureAwait(false) || !await jobs.TryClaimAsync(id, jobId, cancellationToken).ConfigureAwait(false))
        {
            return new IngestionBegin(null, [], IdTaken: true);
        }
        return new IngestionBegin(new StagedIngestion(jobId, plan, header), [], IdTaken: false);
    }

    /// <summary>
    /// Stages one part: a raw file, checked for its exact length, or the CSV, read onto the grid and staged as the
    /// raw files the conversion reads. Problems when the part is not expected, repeated, or not as documented.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> StageFileAsync(StagedIngestion staged, string? name, Stream content, CancellationToken cancellationToken)
    {
        var parts = staged.Plan.Parts;
        if (name is null || !parts.Contains(name, StringComparer.Ordinal) || !staged.StagedFiles.Add(name))
        {
            return [new FieldError(name ?? "(unnamed part)", IngestionProblemCodes.UnexpectedFile,
                $"The part '{name}' is not a file the header lists ({string.Join(", ", parts)}), or it came twice.")];
        }
        var container = await containers.DataAsync(cancellationToken).ConfigureAwait(false);
        return staged.Plan.CsvPart is null
            ? await StageRawAsync(container, staged, name, content, cancellationToken).ConfigureAwait(false)
            : await StageCsvAsync(container, staged, name, content, cancellationToken).ConfigureAwait(false);
    }

    // A file longer than it must be is stopped at the first byte too many, not stored and measured afterwards.
    private static async Task<IReadOnlyList<FieldError>> StageRawAsync(
        BlobContainerClient container, StagedIngestion staged, string name, Stream content, CancellationToken cancellationToken)
    {
        var plan = staged.Plan;
        var limited = new UploadLimitStream(content, plan.BytesPerFile);
        try
        {
            await container.GetBlobClient(staged.UploadPrefix + name).UploadAsync(limited, overwrite: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (UploadTooLargeException)
        {
            return [WrongLength(plan, name, $"more than {plan.BytesPerFile}")];
        }
        return limited.BytesRead == plan.BytesPerFile ? [] : [WrongLength(plan, name, limited.BytesRead.ToString(CultureInfo.InvariantCulture))];
    }

    // The CSV is staged as it arrives (asynchronously, bounded: a stream of blank lines would never end), then read
    // back from storage by the synchronous record reader, so a slow client holds no thread. It sits under csv/, apart
    // from the raw files it becomes.
    private async Task<IReadOnlyList<FieldError>> StageCsvAsync(
        BlobContainerClient container, StagedIngestion staged, string name, Stream content, CancellationToken cancellationToken)
    {
        var csvBytesMax = options.Value.IngestionBytesMax;
        var csvBlob = container.GetBlobClient(StagedIngestion.CsvBlobName(staged.UploadPrefix, name));
        try
        {
            await csvBlob.UploadAsync(new UploadLimitStream(content, csvBytesMax), overwrite: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (UploadTooLargeException)
        {
            return [new FieldError(name, IngestionProblemCodes.TooLarge, $"'{name}' is larger than {csvBytesMax} bytes.")];
        }
        return await ConvertCsvAsync(container, staged.Plan, staged.UploadPrefix, name, csvBlob, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a staged CSV onto the grid and stages the raw files the conversion reads; the CSV itself is deleted
    /// either way. Problems when a record is not as documented.
    /// </summary>
    internal static async Task<IReadOnlyList<FieldError>> ConvertCsvAsync(
        BlobContainerClient container, IngestionPlan plan, string uploadPrefix, string name, BlobClient csvBlob, CancellationToken cancellationToken)
    {
        float[][]? values;
        IReadOnlyList<FieldError> problems;
        using (var download = (await csvBlob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value)
        {
            (values, problems) = CsvGridReader.Read(download.Content, plan.Definition, name);
        }
        await csvBlob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (values is null)
        {
            return problems;
        }
        for (var p = 0; p < values.Length; p++)
        {
            var bytes = BinaryData.FromBytes(MemoryMarshal.AsBytes(values[p].AsSpan()).ToArray());
            await container.GetBlobClient(uploadPrefix + plan.Files[p]).UploadAsync(bytes, overwrite: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return [];
    }

    internal static FieldError WrongLength(IngestionPlan plan, string name, string length)
    {
        var d = plan.Definition;
        return new FieldError(name, IngestionProblemCodes.WrongLength,
            $"'{name}' holds {length} bytes; {d.Times.Count} time steps × {d.Latitudes.Count} latitudes × {d.Longitudes.Count} longitudes × 4 bytes = {plan.BytesPerFile}.");
    }

    /// <summary>
    /// Submits the staged upload for conversion once every file has arrived: the job, or problems when some are
    /// missing, or neither when the job queue did not take it (the job is recorded as failed; the caller abandons
    /// the upload and answers 503).
    /// </summary>
    public async Task<(IngestionJob? Job, IReadOnlyList<FieldError> Problems)> SubmitAsync(StagedIngestion staged, string submittedBy, CancellationToken cancellationToken)
    {
        var missing = staged.Plan.Parts.Where(f => !staged.StagedFiles.Contains(f)).ToList();
        if (missing.Count > 0)
        {
            return (null, missing.Select(f => new FieldError(f, IngestionProblemCodes.MissingFile, $"The header lists '{f}', but no part of that name was sent.")).ToArray());
        }
        var now = time.GetUtcNow();
        var job = new IngestionJob(staged.JobId, staged.Plan.Definition.Id, IngestionJobStatus.Queued, 0, staged.Plan.Definition.Times.Count,
            "Staged; waiting for conversion.", null, now, now);
        var container = await containers.DataAsync(cancellationToken).ConfigureAwait(false);
        await staged.SaveHeaderAsync(container, cancellationToken).ConfigureAwait(false);
        await jobs.SaveAsync(job, cancellationToken).ConfigureAwait(false);
        if (!await submitter.TrySubmitAsync(OceanIngestionJob.JobKind, job.Id, job.Id, submittedBy, cancellationToken).ConfigureAwait(false))
        {
            await jobs.SaveAsync(job with { Status = IngestionJobStatus.Failed, Log = "Not converted.", Reason = "The conversion could not be queued; upload again later." }, CancellationToken.None).ConfigureAwait(false);
            return (null, []);
        }
        return (job, []);
    }

    /// <summary>Removes a rejected upload's staged files and releases its dataset id.</summary>
    public async Task AbandonAsync(StagedIngestion staged)
    {
        var container = await containers.DataAsync(CancellationToken.None).ConfigureAwait(false);
        await new BlobZarrStore(container).DeletePrefixAsync(staged.UploadPrefix, CancellationToken.None).ConfigureAwait(false);
        await jobs.ReleaseClaimAsync(staged.Plan.Definition.Id, CancellationToken.None).ConfigureAwait(false);
    }

    public Task<IngestionJob?> FindAsync(string id, CancellationToken cancellationToken) => jobs.FindAsync(id, cancellationToken);
}
