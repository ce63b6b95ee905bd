using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Ledger;

/// <summary>Reads one chain's records in chain order (row keys are zero-padded positions).</summary>
public sealed class ChainReader(PlatformTables tables)
{
    public async IAsyncEnumerable<TableEntity> ReadAsync(string usageTable, string chainId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = tables.GetExisting(usageTable);
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {chainId}"), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return entity;
        }
    }
}
