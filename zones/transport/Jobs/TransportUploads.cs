using Azure.Storage.Blobs;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Transport.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Transport.Jobs;

/// <summary>
/// The container that holds uploaded files until their job has loaded them. The files carry plates and identity numbers in
/// clear, so an upload is deleted once its job ends, either way.
/// </summary>
public sealed class TransportUploads(BlobServiceClient service, IOptions<PersistenceOptions> persistence)
{
    private readonly Lazy<Task<BlobContainerClient>> container = new(async () =>
    {
        var client = service.GetBlobContainerClient(persistence.Value.TablePrefix + TransportTables.UploadContainer);
        await client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        return client;
    });

    public async Task<BlobClient> BlobAsync(string blobName, CancellationToken cancellationToken) =>
        (await container.Value.WaitAsync(cancellationToken)).GetBlobClient(blobName);
}
