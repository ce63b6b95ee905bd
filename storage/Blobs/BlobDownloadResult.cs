namespace DataZones.Storage.Blobs;

/// <summary>A whole blob read into memory: for small blobs (manifests, chunk indexes).</summary>
public sealed class BlobDownloadResult(BinaryData content, BlobDownloadDetails details)
{
    public BinaryData Content { get; } = content;

    public BlobDownloadDetails Details { get; } = details;
}
