namespace DataZones.Storage.Blobs;

/// <summary>Properties to set on an uploaded blob.</summary>
public sealed class BlobUploadOptions
{
    /// <summary>The Content-Type downloads will report; <c>application/octet-stream</c> when null.</summary>
    public string? ContentType { get; set; }

    /// <summary>Name/value metadata (<c>x-ms-meta-*</c>); names must be valid C# identifiers, values ASCII.</summary>
    public IDictionary<string, string>? Metadata { get; set; }
}
