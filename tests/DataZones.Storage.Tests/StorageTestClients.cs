using DataZones.Storage.Blobs;
using DataZones.Storage.Tables;
using DataZones.Testing;

namespace DataZones.Storage.Tests;

/// <summary>Clients of the Azurite that scripts/test started, and a fresh table or container for each test.</summary>
internal static class StorageTestClients
{
    private static readonly Lazy<TableServiceClient> SharedTables = new(() => new TableServiceClient(TestStorage.ConnectionString));
    private static readonly Lazy<BlobServiceClient> SharedBlobs = new(() => new BlobServiceClient(TestStorage.ConnectionString));

    public static TableServiceClient Tables => SharedTables.Value;

    public static BlobServiceClient Blobs => SharedBlobs.Value;

    public static async Task<TableClient> CreateTableAsync()
    {
        var table = Tables.GetTableClient(TestStorage.UniqueName("t"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    /// <summary>A new container, on the shared client or on <paramref name="service"/> (e.g. one with small upload thresholds).</summary>
    public static async Task<BlobContainerClient> CreateContainerAsync(BlobServiceClient? service = null)
    {
        var container = (service ?? Blobs).GetBlobContainerClient(TestStorage.UniqueName("c"));
        await container.CreateIfNotExistsAsync();
        return container;
    }
}
