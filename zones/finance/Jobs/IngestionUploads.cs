using DataZones.Marketplace.Ingestion;
using Azure.Storage.Blobs;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Storage;
using Microsoft.Extensions.Options;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>
/// The blob container that holds uploaded files until their job has loaded them (named with the platform's
/// prefix). Registry files carry identity numbers in clear, so an upload is deleted once its job ends.
/// </summary>
public sealed class IngestionUploads(BlobServiceClient service, IOptions<PersistenceOptions> persistence)
{
    private readonly Lazy<Task<BlobContainerClient>> container = new(async () =>
    {
        var client = service.GetBlobContainerClient(persistence.Value.TablePrefix + FinanceTables.UploadContainer);
        await client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        return client;
    });

    /// <summary>Where an ingestion's file is kept: by source, named by the job, with its format's extension.</summary>
    public static string BlobName(FinanceSource source, string jobId, IngestionFormat format) =>
        $"{FinanceSources.Code(source)}/{jobId}.{(format == IngestionFormat.Csv ? "csv" : "jsonl")}";

    public async Task<BlobClient> BlobAsync(string blobName, CancellationToken cancellationToken) =>
        (await container.Value.WaitAsync(cancellationToken)).GetBlobClient(blobName);
}
