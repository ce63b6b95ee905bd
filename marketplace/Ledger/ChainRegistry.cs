using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Ledger;

/// <summary>
/// Table <c>ledgerchains</c>: the chains written on each business day (partition = day, row = chain id). Sealing and
/// verification read the day's chains from here instead of scanning the usage table for its partitions. A writer
/// registers a chain before writing its first record, so a chain with records is always registered.
/// </summary>
public sealed class ChainRegistry(PlatformTables tables, TimeProvider time)
{
    internal const string TableName = "ledgerchains";

    public async Task RegisterAsync(string day, string usageTable, string chainId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(day, chainId) { ["Table"] = usageTable, ["OpenedAt"] = time.GetUtcNow() },
            TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<(string ChainId, string Table)>> ListAsync(string day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var chains = new List<(string, string)>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {day}"), cancellationToken: cancellationToken))
        {
            chains.Add((e.RowKey, e.GetString("Table")!));
        }
        return chains;
    }
}
