namespace DataZones.Zones.Finance.Api;

/// <summary>
/// The answer to a write-link request: the ingestion (awaiting its upload), where to PUT the file (with the headers
/// the blob service needs), until when the link works, and where to commit once the file is there.
/// </summary>
public sealed record LinkedUploadView(IngestionJobView Ingestion, Uri UploadUrl, DateTimeOffset ExpiresAt, string CommitUrl, IReadOnlyDictionary<string, string> UploadHeaders);
