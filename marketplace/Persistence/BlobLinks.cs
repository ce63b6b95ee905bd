using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using DataZones.Marketplace.Uploads;

namespace DataZones.Marketplace.Persistence;

/// <summary>
/// Time-limited links to a container or a blob, built with the SDK's <see cref="BlobSasBuilder"/>. Where the
/// clients hold an account key (Azurite, a connection string) the link is an account-key service SAS; under a token
/// credential (managed identity in Azure, where the account allows no shared key) it is a user-delegation SAS signed
/// with a key the service issues to that identity. The delegation key is fetched once and reused until shortly
/// before it lapses, so issuing a link costs no round trip on the request path.
/// </summary>
public sealed class BlobLinks(BlobServiceClient service, TimeProvider time)
{
    /// <summary>How long a fetched delegation key is valid; links may not outlive their key.</summary>
    internal static readonly TimeSpan DelegationKeyLifetime = TimeSpan.FromDays(2);

    /// <summary>Start times are backdated so a link works on a server whose clock runs a little behind ours.</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile UserDelegationKey? delegationKey;

    /// <summary>A link that reads and lists a whole container (e.g. a Zarr group a client walks itself).</summary>
    public Task<Uri> ContainerAsync(BlobContainerClient container, BlobContainerSasPermissions permissions, DateTimeOffset expiresOn, CancellationToken cancellationToken)
    {
        var builder = new BlobSasBuilder(permissions, expiresOn) { BlobContainerName = container.Name, Resource = "c" };
        return container.CanGenerateSasUri
            ? Task.FromResult(container.GenerateSasUri(builder))
            : SignedAsync(container.Uri, builder, cancellationToken);
    }

    /// <summary>A link to one blob, e.g. a write link for an upload.</summary>
    public Task<Uri> BlobAsync(BlobClient blob, BlobSasPermissions permissions, DateTimeOffset expiresOn, CancellationToken cancellationToken)
    {
        var builder = new BlobSasBuilder(permissions, expiresOn) { BlobContainerName = blob.BlobContainerName, BlobName = blob.Name, Resource = "b" };
        return blob.CanGenerateSasUri
            ? Task.FromResult(blob.GenerateSasUri(builder))
            : SignedAsync(blob.Uri, builder, cancellationToken);
    }

    /// <summary>
    /// A write link for an upload to <paramref name="blob"/>, valid for <paramref name="minutes"/>. The storage service
    /// checks expiry on its own clock, so the expiry is real time, whatever the platform's business clock says.
    /// </summary>
    public async Task<WriteLink> WriteAsync(BlobClient blob, int minutes, CancellationToken cancellationToken)
    {
        var expiresAt = TimeProvider.System.GetUtcNow().AddMinutes(minutes);
        return new WriteLink(await BlobAsync(blob, BlobSasPermissions.Create | BlobSasPermissions.Write, expiresAt, cancellationToken).ConfigureAwait(false), expiresAt);
    }

    /// <summary>The user-delegation form: the builder signed with <paramref name="key"/>, appended to <paramref name="resource"/>.</summary>
    internal static Uri WithDelegationSas(Uri resource, BlobSasBuilder builder, UserDelegationKey key, string accountName) =>
        new BlobUriBuilder(resource) { Sas = builder.ToSasQueryParameters(key, accountName) }.ToUri();

    private async Task<Uri> SignedAsync(Uri resource, BlobSasBuilder builder, CancellationToken cancellationToken)
    {
        builder.StartsOn = time.GetUtcNow() - ClockSkew;
        var key = await DelegationKeyAsync(builder.ExpiresOn, cancellationToken).ConfigureAwait(false);
        return WithDelegationSas(resource, builder, key, service.AccountName);
    }

    private async Task<UserDelegationKey> DelegationKeyAsync(DateTimeOffset linkExpiresOn, CancellationToken cancellationToken)
    {
        if (delegationKey is { } current && current.SignedExpiresOn >= linkExpiresOn) return current;
        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (delegationKey is { } fresh && fresh.SignedExpiresOn >= linkExpiresOn) return fresh;
            var now = time.GetUtcNow();
            var expiresOn = linkExpiresOn > now + DelegationKeyLifetime ? linkExpiresOn : now + DelegationKeyLifetime;
            var response = await service.GetUserDelegationKeyAsync(now - ClockSkew, expiresOn, cancellationToken).ConfigureAwait(false);
            delegationKey = response.Value;
            return response.Value;
        }
        finally
        {
            refreshing.Release();
        }
    }
}
