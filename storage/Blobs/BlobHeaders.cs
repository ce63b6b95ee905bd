using System.Globalization;
using Azure;
using Azure.Core;

namespace DataZones.Storage.Blobs;

/// <summary>Reads blob properties and metadata from response headers.</summary>
internal static class BlobHeaders
{
    public const string MetadataPrefix = "x-ms-meta-";

    public static void SetUploadHeaders(Request request, BlobUploadOptions? options, bool overwrite)
    {
        request.Headers.SetValue("x-ms-blob-content-type", options?.ContentType ?? "application/octet-stream");
        if (options?.Metadata is { } metadata)
        {
            foreach (var (name, value) in metadata) request.Headers.SetValue(MetadataPrefix + name, value);
        }

        // If-None-Match: * makes the write fail with 409 BlobAlreadyExists instead of replacing a blob.
        if (!overwrite) request.Headers.SetValue("If-None-Match", "*");
    }

    public static BlobDownloadDetails Details(Response response)
    {
        response.Headers.TryGetValue("Content-Range", out var contentRange);
        return new BlobDownloadDetails
        {
            ContentLength = response.Headers.ContentLengthLong ?? 0,
            ContentRange = contentRange,
            ContentType = response.Headers.ContentType,
            ETag = response.Headers.ETag ?? default,
            LastModified = LastModified(response),
            Metadata = Metadata(response),
        };
    }

    public static BlobProperties Properties(Response response) => new()
    {
        ContentLength = response.Headers.ContentLengthLong ?? 0,
        ContentType = response.Headers.ContentType,
        ETag = response.Headers.ETag ?? default,
        LastModified = LastModified(response),
        Metadata = Metadata(response),
    };

    public static BlobContentInfo ContentInfo(Response response) => new(response.Headers.ETag ?? default, LastModified(response));

    public static DateTimeOffset LastModified(Response response) =>
        response.Headers.TryGetValue("Last-Modified", out var text)
            ? DateTimeOffset.ParseExact(text, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : default;

    private static Dictionary<string, string> Metadata(Response response)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase))
                metadata[header.Name[MetadataPrefix.Length..]] = header.Value;
        }

        return metadata;
    }
}
