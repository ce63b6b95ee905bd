using Azure;

namespace DataZones.Storage.Blobs;

/// <summary>What an upload produced: the blob's new version.</summary>
public sealed record BlobContentInfo(ETag ETag, DateTimeOffset LastModified);
