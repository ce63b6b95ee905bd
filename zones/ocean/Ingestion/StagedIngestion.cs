namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// An upload being received: its job id, its plan, and the files staged so far under
/// <c>uploads/{JobId}/</c> in the data container. Used by one request at a time.
/// </summary>
public sealed class StagedIngestion(string jobId, IngestionPlan plan)
{
    public string JobId { get; } = jobId;

    public IngestionPlan Plan { get; } = plan;

    public HashSet<string> StagedFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>The blob prefix of this upload's staged files.</summary>
    public string UploadPrefix => Storage.OceanStores.UploadsPrefix + JobId + "/";
}
