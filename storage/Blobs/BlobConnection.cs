using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using DataZones.Storage.Pipeline;

namespace DataZones.Storage.Blobs;

/// <summary>What a blob service client and its container and blob clients share.</summary>
internal sealed class BlobConnection(HttpPipeline pipeline, Uri endpoint, StorageSharedKeyCredential? sharedKey, BlobClientOptions options)
{
    public HttpPipeline Pipeline { get; } = pipeline;

    /// <summary>The account's blob endpoint, e.g. <c>http://127.0.0.1:10000/devstoreaccount1</c>.</summary>
    public Uri Endpoint { get; } = endpoint;

    /// <summary>The account key, needed to sign SAS links; null with a token credential.</summary>
    public StorageSharedKeyCredential? SharedKey { get; } = sharedKey;

    public int SingleUploadThresholdBytes { get; } = Positive(options.SingleUploadThresholdBytes, nameof(options.SingleUploadThresholdBytes));

    public int BlockSizeBytes { get; } = Positive(options.BlockSizeBytes, nameof(options.BlockSizeBytes));

    /// <summary>The URL of a container or blob: each name segment percent-encoded, '/' kept.</summary>
    public Uri ResourceUri(string containerName, string? blobName = null)
    {
        var builder = new RequestUriBuilder();
        builder.Reset(Endpoint);
        builder.AppendPath(EscapedPath(containerName, blobName), escape: false);
        return builder.ToUri();
    }

    public static string EscapedPath(string containerName, string? blobName) =>
        "/" + Uri.EscapeDataString(containerName)
            + (blobName is null ? string.Empty : "/" + string.Join('/', blobName.Split('/').Select(Uri.EscapeDataString)));

    public HttpMessage CreateMessage(RequestMethod method, Uri resource)
    {
        var message = Pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(resource);
        return message;
    }

    /// <summary>Sends; throws <see cref="RequestFailedException"/> unless the status is a success or <paramref name="acceptedFailure"/> (0: none).</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken, int acceptedFailure = 0)
    {
        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.Status >= 400 && response.Status != acceptedFailure)
            throw await StorageErrors.CreateExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        return response;
    }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must be positive.");
}
