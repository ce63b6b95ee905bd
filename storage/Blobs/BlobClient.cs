using Azure;
using Azure.Core;
using DataZones.Storage.Pipeline;

namespace DataZones.Storage.Blobs;

/// <summary>One block blob: upload, streamed or whole download, properties, delete, and read-only SAS links.</summary>
public class BlobClient
{
    private readonly BlobConnection _connection;

    internal BlobClient(BlobConnection connection, string containerName, string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        _connection = connection;
        ContainerName = containerName;
        Name = blobName;
        Uri = connection.ResourceUri(containerName, blobName);
    }

    public string Name { get; }

    public string ContainerName { get; }

    public Uri Uri { get; }

    /// <summary>Uploads <paramref name="content"/>; with <paramref name="overwrite"/> false an existing blob fails the upload with 409 <c>BlobAlreadyExists</c>.</summary>
    public Task<Response<BlobContentInfo>> UploadAsync(BinaryData content, bool overwrite = false, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new BlobUploader(_connection, Uri).UploadAsync(content.ToMemory(), overwrite, options, cancellationToken);
    }

    /// <summary>Uploads the rest of <paramref name="content"/>, reading it block by block above the single-upload threshold.</summary>
    public Task<Response<BlobContentInfo>> UploadAsync(Stream content, bool overwrite = false, BlobUploadOptions? options = null, CancellationToken cancellationToken = default) =>
        new BlobUploader(_connection, Uri).UploadAsync(content, overwrite, options, cancellationToken);

    /// <summary>
    /// Downloads the blob, or the part of it in <paramref name="range"/>, as a stream read from the network as the
    /// caller reads it. The caller disposes the result.
    /// </summary>
    public async Task<Response<BlobDownloadStreamingResult>> DownloadStreamingAsync(HttpRange range = default, CancellationToken cancellationToken = default)
    {
        var message = _connection.CreateMessage(RequestMethod.Get, Uri);
        try
        {
            message.BufferResponse = false;
            if (range != default) message.Request.Headers.SetValue("x-ms-range", range.ToString());
            var response = await _connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var content = message.ExtractResponseContent() ?? Stream.Null;
            return Response.FromValue(new BlobDownloadStreamingResult(content, BlobHeaders.Details(response)), response);
        }
        finally
        {
            // The content stream was detached above, so disposing the message leaves it open for the caller.
            message.Dispose();
        }
    }

    /// <summary>Downloads the whole blob into memory.</summary>
    public async Task<Response<BlobDownloadResult>> DownloadContentAsync(CancellationToken cancellationToken = default)
    {
        using var message = _connection.CreateMessage(RequestMethod.Get, Uri);
        var response = await _connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(new BlobDownloadResult(response.Content, BlobHeaders.Details(response)), response);
    }

    /// <summary>Reads the blob's properties and metadata; a missing blob throws with status 404.</summary>
    public async Task<Response<BlobProperties>> GetPropertiesAsync(CancellationToken cancellationToken = default)
    {
        using var message = _connection.CreateMessage(RequestMethod.Head, Uri);
        var response = await _connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(BlobHeaders.Properties(response), response);
    }

    public async Task<Response<bool>> ExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _connection.CreateMessage(RequestMethod.Head, Uri);
        var response = await _connection.SendAsync(message, cancellationToken, acceptedFailure: 404).ConfigureAwait(false);
        return Response.FromValue(response.Status != 404, response);
    }

    /// <summary>Deletes the blob; a missing blob throws with status 404 (see <see cref="DeleteIfExistsAsync"/>).</summary>
    public async Task<Response> DeleteAsync(CancellationToken cancellationToken = default)
    {
        using var message = _connection.CreateMessage(RequestMethod.Delete, Uri);
        return await _connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the blob if it exists; the value says whether it did.</summary>
    public async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _connection.CreateMessage(RequestMethod.Delete, Uri);
        var response = await _connection.SendAsync(message, cancellationToken, acceptedFailure: 404).ConfigureAwait(false);
        return Response.FromValue(response.Status != 404, response);
    }

    /// <summary>
    /// A link anyone can use until <paramref name="expiresOn"/> with the given permissions (service SAS, signed
    /// with the account key). Needs a client built with a Shared Key credential or connection string.
    /// </summary>
    public Uri GenerateSasUri(BlobSasPermissions permissions, DateTimeOffset expiresOn)
    {
        var credential = _connection.SharedKey
            ?? throw new InvalidOperationException("A SAS is signed with the account key; this client was built with a token credential.");
        var query = BlobSasBuilder.CreateQuery(credential, ContainerName, Name, BlobSasBuilder.Permissions(permissions), expiresOn);
        return new UriBuilder(Uri) { Query = query }.Uri;
    }
}
