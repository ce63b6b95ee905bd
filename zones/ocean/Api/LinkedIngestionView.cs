using DataZones.Zones.Ocean.Ingestion;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// The answer to a request for write links: the ingestion (awaiting its files), where to PUT each file (with the
/// headers the blob service needs on a single PUT), until when the links work, and where to commit once every file
/// is there.
/// </summary>
public sealed record LinkedIngestionView(
    IngestionJob Ingestion, IReadOnlyList<LinkedIngestionView.Upload> Uploads, DateTimeOffset ExpiresAt, string CommitUrl,
    IReadOnlyDictionary<string, string> UploadHeaders)
{
    /// <summary>One file: its part name as the header gives it, its link, and for a raw file the exact length it must have.</summary>
    public sealed record Upload(string Part, Uri UploadUrl, long? Bytes);
}
