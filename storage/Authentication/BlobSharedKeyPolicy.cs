using Azure.Core;
using Azure.Core.Pipeline;

namespace DataZones.Storage.Authentication;

/// <summary>
/// Signs each attempt of a Blob service request with Shared Key (per-retry, like
/// <see cref="TableSharedKeyPolicy"/>). Content-Length is taken from the content itself because the transport,
/// not the request's headers, sets it.
/// </summary>
internal sealed class BlobSharedKeyPolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        long? contentLength = request.Content is { } content && content.TryComputeLength(out var length) ? length : null;
        var stringToSign = SharedKeyStringToSign.ForBlob(
            request.Method.Method, request.Headers, contentLength, credential.AccountName, request.Uri.Path, request.Uri.Query);
        request.Headers.SetValue(
            HttpHeader.Names.Authorization, "SharedKey " + credential.AccountName + ":" + credential.ComputeSignature(stringToSign));
    }
}
