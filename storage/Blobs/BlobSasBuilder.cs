using System.Globalization;
using System.Text;
using DataZones.Storage.Pipeline;

namespace DataZones.Storage.Blobs;

/// <summary>
/// Service SAS for a blob (<c>sr=b</c>) or a container (<c>sr=c</c>), signed with the account key over the
/// string-to-sign of version 2020-12-06 and later ("Create a service SAS", Azure Storage REST reference).
/// </summary>
internal static class BlobSasBuilder
{
    /// <summary>The query string (without '?') granting <paramref name="permissions"/> until <paramref name="expiresOn"/>.</summary>
    public static string CreateQuery(
        StorageSharedKeyCredential credential, string containerName, string? blobName, string permissions, DateTimeOffset expiresOn)
    {
        var expiry = expiresOn.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var resource = blobName is null ? "c" : "b";
        var stringToSign = StringToSign(credential.AccountName, containerName, blobName, permissions, expiry, resource, StorageVersionPolicy.ServiceVersion);
        var signature = credential.ComputeSignature(stringToSign);
        return new StringBuilder()
            .Append("sv=").Append(StorageVersionPolicy.ServiceVersion)
            .Append("&se=").Append(Uri.EscapeDataString(expiry))
            .Append("&sr=").Append(resource)
            .Append("&sp=").Append(permissions)
            .Append("&sig=").Append(Uri.EscapeDataString(signature))
            .ToString();
    }

    /// <summary>
    /// Permissions, start, expiry, canonicalized resource, identifier, IP, protocol, version, resource, snapshot
    /// time, encryption scope, then the five response-header overrides; unused fields are empty lines.
    /// </summary>
    public static string StringToSign(string accountName, string containerName, string? blobName, string permissions, string expiry, string resource, string version)
    {
        // The canonicalized resource names the blob unencoded, and never repeats the account as a path-style URL does.
        var canonicalized = "/blob/" + accountName + "/" + containerName + (blobName is null ? string.Empty : "/" + blobName);
        return string.Join('\n', permissions, string.Empty, expiry, canonicalized, string.Empty, string.Empty, string.Empty,
            version, resource, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
    }

    /// <summary>Permission letters in the order the service requires (r a c w d … l).</summary>
    public static string Permissions(BlobContainerSasPermissions permissions)
    {
        var letters = new StringBuilder(6);
        if (permissions.HasFlag(BlobContainerSasPermissions.Read)) letters.Append('r');
        if (permissions.HasFlag(BlobContainerSasPermissions.Add)) letters.Append('a');
        if (permissions.HasFlag(BlobContainerSasPermissions.Create)) letters.Append('c');
        if (permissions.HasFlag(BlobContainerSasPermissions.Write)) letters.Append('w');
        if (permissions.HasFlag(BlobContainerSasPermissions.Delete)) letters.Append('d');
        if (permissions.HasFlag(BlobContainerSasPermissions.List)) letters.Append('l');
        return letters.Length > 0 ? letters.ToString() : throw new ArgumentException("A SAS must grant at least one permission.", nameof(permissions));
    }

    // The blob flags are the container flags without List, with the same values.
    public static string Permissions(BlobSasPermissions permissions) => Permissions((BlobContainerSasPermissions)permissions);
}
