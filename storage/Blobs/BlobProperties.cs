using Azure;

namespace DataZones.Storage.Blobs;

/// <summary>A blob's system properties and metadata, as Get Blob Properties returns them.</summary>
public sealed class BlobProperties
{
    public long ContentLength { get; init; }

    public string? ContentType { get; init; }

    public ETag ETag { get; init; }

    public DateTimeOffset LastModified { get; init; }

    public IDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
