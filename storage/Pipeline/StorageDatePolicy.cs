using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace DataZones.Storage.Pipeline;

/// <summary>
/// Stamps <c>x-ms-date</c> on every attempt. The service refuses requests whose date is more than 15 minutes
/// off, and a Shared Key signature covers the date, so a retry must carry a fresh one.
/// </summary>
internal sealed class StorageDatePolicy(TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue("x-ms-date", timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
}
