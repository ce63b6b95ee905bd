using Azure.Storage.Blobs;
using DataZones.Marketplace.Problems;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// An upload being received: its job id, its plan (and the header it came from, staged with the files so that any
/// delivery of the conversion job can rebuild the plan), and the files staged so far under <c>uploads/{JobId}/</c>
/// in the data container. Used by one request at a time.
/// </summary>
public sealed class StagedIngestion(string jobId, IngestionPlan plan, byte[] header)
{
    /// <summary>The staged header's name under <see cref="UploadPrefix"/>; no part may be called this.</summary>
    public const string HeaderBlobName = ".header.json";

    public string JobId { get; } = jobId;

    public IngestionPlan Plan { get; } = plan;

    public byte[] Header { get; } = header;

    public HashSet<string> StagedFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>The blob prefix of this upload's staged files.</summary>
    public string UploadPrefix => PrefixOf(JobId);

    /// <summary>The blob prefix of job <paramref name="jobId"/>'s staged files.</summary>
    public static string PrefixOf(string jobId) => Storage.OceanStores.UploadsPrefix + jobId + "/";

    /// <summary>Where a CSV part is staged: under <c>csv/</c>, apart from the raw files it becomes.</summary>
    public static string CsvBlobName(string uploadPrefix, string part) => uploadPrefix + "csv/" + part;

    /// <summary>Stages the header beside the files, for <see cref="ReadPlanAsync"/> to read back in any delivery.</summary>
    public Task SaveHeaderAsync(BlobContainerClient container, CancellationToken cancellationToken) =>
        container.GetBlobClient(UploadPrefix + HeaderBlobName).UploadAsync(new BinaryData(Header), overwrite: true, cancellationToken);

    /// <summary>
    /// The plan job <paramref name="jobId"/> was accepted under, parsed again from its staged header — or problems,
    /// which only a change of the zone's limits since can cause.
    /// </summary>
    public static async Task<(IngestionPlan? Plan, IReadOnlyList<FieldError> Problems)> ReadPlanAsync(
        BlobContainerClient container, string jobId, OceanOptions options, CancellationToken cancellationToken)
    {
        var header = await container.GetBlobClient(PrefixOf(jobId) + HeaderBlobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return IngestionHeaderParser.Parse(header.Value.Content.ToArray(), options.IngestionBytesMax, options.IngestionCsvValuesMax);
    }
}
