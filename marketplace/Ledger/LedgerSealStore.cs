using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Ledger;

/// <summary>Table <c>ledgerseals</c>: partition = business day, row = chain id. A seal is written once, never changed.</summary>
public sealed class LedgerSealStore(PlatformTables tables)
{
    private const string TableName = "ledgerseals";

    public async Task<IReadOnlyDictionary<string, LedgerSeal>> ListAsync(string day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var seals = new Dictionary<string, LedgerSeal>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {day}"), cancellationToken: cancellationToken))
        {
            seals[e.RowKey] = new LedgerSeal(day, e.RowKey, e.GetString("Table")!, e.GetInt64("Count")!.Value, e.GetString("LastHash")!,
                e.GetDateTimeOffset("SealedAt")!.Value, e.GetString("Signature")!);
        }
        return seals;
    }

    /// <summary>Adds the seal; false if the chain was already sealed (sealing is idempotent).</summary>
    public async Task<bool> TryAddAsync(LedgerSeal seal, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(seal.Day, seal.ChainId)
            {
                ["Table"] = seal.Table,
                ["Count"] = seal.Count,
                ["LastHash"] = seal.LastHash,
                ["SealedAt"] = seal.SealedAt,
                ["Signature"] = seal.Signature,
            }, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
