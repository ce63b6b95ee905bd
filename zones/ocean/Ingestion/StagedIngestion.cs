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
    public string UploadPrefix => Storage.OceanStores.UploadsPrefix + JobId + "/";
}
