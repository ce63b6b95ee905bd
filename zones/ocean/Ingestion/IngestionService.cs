using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// Receives an upload: validates its header, claims the dataset id, stages each file under <c>uploads/{job}/</c>
/// checking its exact length, then queues the job for conversion. Any problem removes what was staged and
/// releases the claim, so a rejected upload leaves nothing behind.
/// </summary>
public sealed class IngestionService(
    OceanContainers containers, DatasetRegistry registry, IngestionJobStore jobs, IngestionQueue queue, IIdGenerator ids, TimeProvider time,
    IOptions<OceanOptions> options)
{
    public async Task<IngestionBegin> BeginAsync(byte[] header, CancellationToken cancellationToken)
    {
        var (plan, problems) = IngestionHeaderParser.Parse(header, options.Value.IngestionBytesMax);
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
        return new IngestionBegin(new StagedIngestion(jobId, plan), [], IdTaken: false);
    }

    /// <summary>Stages one file; a problem when it is not expected, repeated, or not exactly the documented length.</summary>
    public async Task<FieldError?> StageFileAsync(StagedIngestion staged, string? name, Stream content, CancellationToken cancellationToken)
    {
        if (name is null || !staged.Plan.Files.Contains(name, StringComparer.Ordinal) || !staged.StagedFiles.Add(name))
        {
            return new FieldError(name ?? "(unnamed part)", IngestionProblemCodes.UnexpectedFile,
                $"The part '{name}' is not a file the header lists ({string.Join(", ", staged.Plan.Files)}), or it came twice.");
        }
        var container = await containers.DataAsync(cancellationToken).ConfigureAwait(false);
        var blob = container.GetBlobClient(staged.UploadPrefix + name);
        await blob.UploadAsync(content, overwrite: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var length = (await blob.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ContentLength;
        var expected = staged.Plan.BytesPerFile;
        if (length != expected)
        {
            var d = staged.Plan.Definition;
            return new FieldError(name, IngestionProblemCodes.WrongLength,
                $"'{name}' holds {length} bytes; {d.Times.Count} time steps × {d.Latitudes.Count} latitudes × {d.Longitudes.Count} longitudes × 4 bytes = {expected}.");
        }
        return null;
    }

    /// <summary>Queues the staged upload once every file has arrived; problems when some are missing.</summary>
    public async Task<(IngestionJob? Job, IReadOnlyList<FieldError> Problems)> SubmitAsync(StagedIngestion staged, CancellationToken cancellationToken)
    {
        var missing = staged.Plan.Files.Where(f => !staged.StagedFiles.Contains(f)).ToList();
        if (missing.Count > 0)
        {
            return (null, missing.Select(f => new FieldError(f, IngestionProblemCodes.MissingFile, $"The header lists '{f}', but no part of that name was sent.")).ToArray());
        }
        var now = time.GetUtcNow();
        var job = new IngestionJob(staged.JobId, staged.Plan.Definition.Id, IngestionJobStatus.Queued, 0, staged.Plan.Definition.Times.Count,
            "Staged; waiting for conversion.", null, now, now);
        await jobs.SaveAsync(job, cancellationToken).ConfigureAwait(false);
        if (!queue.TryEnqueue(new IngestionWork(job.Id, staged.Plan)))
        {
            throw new InvalidOperationException("The ingestion queue is full; try again later.");
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
