using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Medical.Reference;
using DataZones.Zones.Medical.Storage;

namespace DataZones.Zones.Medical.Research;

/// <summary>Reads and maintains the research index (<see cref="ResearchIndexRows"/>).</summary>
public sealed class ResearchIndexStore(PlatformTables tables)
{
    /// <summary>
    /// Brings the index in line with records about to replace <paramref name="previous"/> (what the reference table
    /// held for the same row keys): new rows upserted, rows the new version no longer has (a corrected diagnosis)
    /// deleted. Called before the reference rows are written, so a retried load recomputes the same change.
    /// </summary>
    public async Task SyncAsync(IReadOnlyList<IMedicalRecord> previous, IReadOnlyList<IMedicalRecord> next, CancellationToken cancellationToken)
    {
        var upserts = next.SelectMany(ResearchIndexRows.Of).ToList();
        var kept = upserts.Select(Key).ToHashSet();
        var deletes = previous.SelectMany(ResearchIndexRows.Of).Where(row => !kept.Contains(Key(row))).ToList();
        if (upserts.Count == 0 && deletes.Count == 0) return;

        var table = await tables.GetAsync(MedicalTables.ResearchIndex, cancellationToken);
        foreach (var partition in upserts.Select(r => (Row: r, Delete: false)).Concat(deletes.Select(r => (Row: r, Delete: true))).GroupBy(a => a.Row.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.DistinctBy(a => a.Row.RowKey, StringComparer.Ordinal).Chunk(MedicalReferenceStore.TransactionOperationsMax))
            {
                await SubmitAsync(table, chunk, cancellationToken);
            }
        }
    }

    /// <summary>Visits recording <paramref name="category"/> admitted within the dates (one partition query).</summary>
    public async Task<IReadOnlyList<IndexedVisit>> VisitsAsync(string category, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MedicalTables.ResearchIndex, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ResearchIndexRows.DiagnosisPartition(category)} and AdmittedOn ge {ResearchIndexRows.Date(from)} and AdmittedOn le {ResearchIndexRows.Date(to)}");
        var visits = new List<IndexedVisit>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) visits.Add(ResearchIndexRows.ReadVisit(row));
        return visits;
    }

    /// <summary>The persons prescribed a drug of <paramref name="drugClass"/> within the dates (one partition query).</summary>
    public async Task<IReadOnlySet<string>> PrescribedAsync(string drugClass, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MedicalTables.ResearchIndex, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ResearchIndexRows.DrugClassPartition(drugClass)} and PrescribedOn ge {ResearchIndexRows.Date(from)} and PrescribedOn le {ResearchIndexRows.Date(to)}");
        var persons = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken)) persons.Add(ResearchIndexRows.PersonOf(row));
        return persons;
    }

    private static async Task SubmitAsync(TableClient table, (TableEntity Row, bool Delete)[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(chunk.Select(a => a.Delete
                ? new TableTransactionAction(TableTransactionActionType.Delete, a.Row, ETag.All)
                : new TableTransactionAction(TableTransactionActionType.UpsertReplace, a.Row)), cancellationToken);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 404)
        {
            // A row to delete is already gone (a retried load deleted it): do the chunk one row at a time, and a
            // missing row is what a delete wants.
            foreach (var (row, delete) in chunk)
            {
                if (!delete)
                {
                    await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
                    continue;
                }

                try
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                }
                catch (RequestFailedException gone) when (gone.Status == 404)
                {
                }
            }
        }
    }

    private static (string, string) Key(TableEntity row) => (row.PartitionKey, row.RowKey);
}
