using Azure.Core;
using Azure.Core.Pipeline;

namespace DataZones.Storage.Pipeline;

/// <summary>Sets the REST API version (<c>x-ms-version</c>) once per call.</summary>
internal sealed class StorageVersionPolicy : HttpPipelineSynchronousPolicy
{
    /// <summary>
    /// The version every request speaks, and the <c>sv</c> of the SAS links. 2021-12-02 is served by Azure and by
    /// Azurite 3.35, and its service SAS string-to-sign is the current (2020-12-06) form.
    /// </summary>
    public const string ServiceVersion = "2021-12-02";

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue("x-ms-version", ServiceVersion);
}
