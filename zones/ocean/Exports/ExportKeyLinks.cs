using System.Text.RegularExpressions;
using Azure.Storage.Sas;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Ocean.Storage;

namespace DataZones.Zones.Ocean.Exports;

/// <summary>
/// Resolves <c>GET|HEAD …/exports/links/{token}/{key}</c> to a short-lived read link for that one blob of the export,
/// which the API answers with a redirect: the bytes go from Blob Storage to the reader, never through the app. The key
/// is a Zarr key (<c>.zmetadata</c>, <c>sea_surface_temperature/0.0.0</c>); anything else is refused, so a link
/// reaches only its own export's blobs. A missing chunk redirects to a blob that does not exist, whose 404 a Zarr
/// reader takes as fill, as it would on any store.
/// </summary>
public sealed partial class ExportKeyLinks(ExportLinks links, OceanContainers containers, BlobLinks blobLinks, TimeProvider time)
{
    /// <summary>How long a redirect's blob link lives: long enough to read one key, not long enough to pass around.</summary>
    public static readonly TimeSpan BlobLinkLifetime = TimeSpan.FromMinutes(15);

    public enum Status { Redirect, LinkNotFound, InvalidKey }

    public sealed record Outcome(Status Status, Uri? Location = null);

    public async Task<Outcome> ResolveAsync(string token, string? key, CancellationToken cancellationToken)
    {
        if (key is null || key.Length > 512 || !ZarrKey().IsMatch(key) || key.Split('/').Any(s => s is "." or ".."))
        {
            return new Outcome(Status.InvalidKey);
        }
        if (await links.FindAsync(token, cancellationToken).ConfigureAwait(false) is not { } target)
        {
            return new Outcome(Status.LinkNotFound);
        }
        var container = await containers.ExportsAsync(target.ConsumerId, cancellationToken).ConfigureAwait(false);
        var blob = container.GetBlobClient(target.ExportId + "/" + key);
        var expiresOn = Min(target.ExpiresAt, time.GetUtcNow() + BlobLinkLifetime);
        return new Outcome(Status.Redirect, await blobLinks.BlobAsync(blob, BlobSasPermissions.Read, expiresOn, cancellationToken).ConfigureAwait(false));
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    [GeneratedRegex("^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ZarrKey();
}
