using Azure;

namespace DataZones.Storage.Blobs;

/// <summary>A blob as a listing shows it.</summary>
/// <param name="Name">The blob's full name within its container, prefix included.</param>
/// <param name="ContentLength">Its size in bytes.</param>
/// <param name="ETag">Its version.</param>
/// <param name="LastModified">When it was last written.</param>
public sealed record BlobItem(string Name, long ContentLength, ETag ETag, DateTimeOffset LastModified);
