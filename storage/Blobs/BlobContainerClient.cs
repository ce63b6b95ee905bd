using Azure;
using Azure.Core;
using DataZones.Storage.Pipeline;

namespace DataZones.Storage.Blobs;

/// <summary>One container: create, delete, list blobs by prefix, container SAS, and its <see cref="BlobClient"/>s.</summary>
public class BlobContainerClient
{
    private readonly BlobConnection _connection;

    internal BlobContainerClient(BlobConnection connection, string containerName)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerName);
        _connection = connection;
        Name = containerName;
        Uri = connection.ResourceUri(containerName);
    }

    public string Name { get; }

    public Uri Uri { get; }

    public BlobClient GetBlobClient(string blobName) => new(_connection, Name, blobName);

    /// <summary>Creates the container (private access); an existing one (409 ContainerAlreadyExists) is not an error.</summary>
    public async Task<Response> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Put);
        return await _connection.SendAsync(message, cancellationToken, acceptedFailure: 409).ConfigureAwait(false);
    }

    /// <summary>Deletes the container and its blobs if it exists; the value says whether it did.</summary>
    public async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Delete);
        var response = await _connection.SendAsync(message, cancellationToken, acceptedFailure: 404).ConfigureAwait(false);
        return Response.FromValue(response.Status != 404, response);
    }

    /// <summary>Lists the blobs whose names start with <paramref name="prefix"/>, in name order, a page per request.</summary>
    public AsyncPageable<BlobItem> GetBlobsAsync(string? prefix = null, CancellationToken cancellationToken = default) =>
        new PageFunctionAsyncPageable<BlobItem>((marker, pageSize, ct) => ListPageAsync(prefix, marker, pageSize, ct), null, cancellationToken);

    /// <summary>
    /// A link to the container with the given permissions until <paramref name="expiresOn"/>: with Read and List,
    /// a reader can list and fetch every blob in it (a whole Zarr group). Needs the account key.
    /// </summary>
    public Uri GenerateSasUri(BlobContainerSasPermissions permissions, DateTimeOffset expiresOn)
    {
        var credential = _connection.SharedKey
            ?? throw new InvalidOperationException("A SAS is signed with the account key; this client was built with a token credential.");
        var query = BlobSasBuilder.CreateQuery(credential, Name, null, BlobSasBuilder.Permissions(permissions), expiresOn);
        return new UriBuilder(Uri) { Query = "restype=container&" + query }.Uri;
    }

    private HttpMessage ContainerMessage(RequestMethod method)
    {
        var message = _connection.CreateMessage(method, Uri);
        message.Request.Uri.AppendQuery("restype", "container", escapeValue: false);
        return message;
    }

    private async Task<Page<BlobItem>> ListPageAsync(string? prefix, string? marker, int? pageSize, CancellationToken cancellationToken)
    {
        using var message = ContainerMessage(RequestMethod.Get);
        var uri = message.Request.Uri;
        uri.AppendQuery("comp", "list", escapeValue: false);
        if (!string.IsNullOrEmpty(prefix)) uri.AppendQuery("prefix", prefix, escapeValue: true);
        if (!string.IsNullOrEmpty(marker)) uri.AppendQuery("marker", marker, escapeValue: true);
        if (pageSize is > 0) uri.AppendQuery("maxresults", pageSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), escapeValue: false);
        var response = await _connection.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var (blobs, nextMarker) = BlobListReader.Read(response.ContentStream!);
        return Page<BlobItem>.FromValues(blobs, nextMarker, response);
    }
}
