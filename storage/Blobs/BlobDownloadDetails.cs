using Azure;

namespace DataZones.Storage.Blobs;

/// <summary>The headers of a download: how much is coming, which part of the blob, and its version.</summary>
public sealed class BlobDownloadDetails
{
    /// <summary>The bytes in this response (the range's length for a ranged download).</summary>
    public long ContentLength { get; init; }

    /// <summary>For a ranged download, <c>bytes first-last/total</c>; otherwise null.</summary>
    public string? ContentRange { get; init; }

    public string? ContentType { get; init; }

    public ETag ETag { get; init; }

    public DateTimeOffset LastModified { get; init; }

    public IDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
