using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Medical.Api;
using DataZones.Zones.Medical.Jobs;
using DataZones.Zones.Medical.Storage;

namespace DataZones.Zones.Medical.Claims;

/// <summary>
/// Claim batches: PartitionKey = batch id; RowKey <c>batch</c> for the batch, <c>item|{index:D5}</c> for each item's
/// result (its verification or its problems — flags only, never the claim). The accepted claims themselves, which
/// name persons, wait in the zone's upload container until the job has verified them.
/// </summary>
public sealed class ClaimBatchStore(PlatformTables tables, MedicalUploads uploads)
{
    private const string HeaderRow = "batch";
    private const string ItemPrefix = "item|";

    public async Task SaveAsync(ClaimBatch batch, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MedicalTables.ClaimBatches, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(batch.Id, HeaderRow) { ["Batch"] = JsonSerializer.Serialize(batch, PlatformJson.Options) }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ClaimBatch?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(id)) return null;
        var table = await tables.GetAsync(MedicalTables.ClaimBatches, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id, HeaderRow, cancellationToken: cancellationToken);
        return row.HasValue ? JsonSerializer.Deserialize<ClaimBatch>(row.Value!.GetString("Batch")!, PlatformJson.Options) : null;
    }

    /// <summary>Writes item results (same partition, transactions of 100; a re-run replaces them with the same).</summary>
    public async Task SaveItemsAsync(string batchId, IEnumerable<GroupClaimItem> items, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MedicalTables.ClaimBatches, cancellationToken);
        foreach (var chunk in items.Chunk(MedicalReferenceStore.TransactionOperationsMax))
        {
            await table.SubmitTransactionAsync(chunk.Select(item => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(batchId, ItemKey(item.Index)) { ["Item"] = JsonSerializer.Serialize(item, PlatformJson.Options) })), cancellationToken);
        }
    }

    /// <summary>Item results from <paramref name="offset"/> in index order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<GroupClaimItem>> ItemsAsync(string batchId, int offset, int limit, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MedicalTables.ClaimBatches, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {batchId} and RowKey ge {ItemKey(offset)} and RowKey lt {ItemKey(offset + limit)}");
        var items = new List<GroupClaimItem>(limit);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            items.Add(JsonSerializer.Deserialize<GroupClaimItem>(row.GetString("Item")!, PlatformJson.Options)!);
        }

        return items;
    }

    public async Task SavePendingAsync(string batchId, IReadOnlyList<PendingClaim> pending, CancellationToken cancellationToken)
    {
        var blob = await uploads.BlobAsync(PendingBlob(batchId), cancellationToken);
        await blob.UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(pending, PlatformJson.Options)), overwrite: true, cancellationToken);
    }

    public async Task<IReadOnlyList<PendingClaim>?> PendingAsync(string batchId, CancellationToken cancellationToken)
    {
        var blob = await uploads.BlobAsync(PendingBlob(batchId), cancellationToken);
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            return JsonSerializer.Deserialize<List<PendingClaim>>(content.Value.Content.ToMemory().Span, PlatformJson.Options);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task DeletePendingAsync(string batchId, CancellationToken cancellationToken) =>
        await (await uploads.BlobAsync(PendingBlob(batchId), cancellationToken)).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    private static string PendingBlob(string batchId) => $"claim-batches/{batchId}.json";

    private static string ItemKey(int index) => ItemPrefix + index.ToString("D5", CultureInfo.InvariantCulture);
}
