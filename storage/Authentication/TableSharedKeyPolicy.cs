using Azure.Core;
using Azure.Core.Pipeline;

namespace DataZones.Storage.Authentication;

/// <summary>
/// Signs each attempt of a Table service request with Shared Key. A per-retry policy: the signature covers
/// <c>x-ms-date</c>, which <see cref="Pipeline.StorageDatePolicy"/> refreshes on every attempt.
/// </summary>
internal sealed class TableSharedKeyPolicy(StorageSharedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var stringToSign = SharedKeyStringToSign.ForTable(
            request.Method.Method, request.Headers, credential.AccountName, request.Uri.Path, request.Uri.Query);
        request.Headers.SetValue(
            HttpHeader.Names.Authorization, "SharedKey " + credential.AccountName + ":" + credential.ComputeSignature(stringToSign));
    }
}
