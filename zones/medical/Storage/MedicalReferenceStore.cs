using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Storage;

/// <summary>
/// The medical reference table, partitioned by person: a verification or an underwriting check is one partition
/// query, never a scan. Nothing is cached — a person's history is read for a consented call only, and holding
/// health records in memory longer than the call needs them would be the wrong default.
/// </summary>
public sealed class MedicalReferenceStore(PlatformTables tables)
{
    /// <summary>Table Storage's limit on operations in one entity-group transaction.</summary>
    public const int TransactionOperationsMax = 100;

    /// <summary>Upserts (replace) one person's records in transactions of at most 100 (same partition, distinct row keys).</summary>
    public async Task UpsertPartitionAsync(IReadOnlyList<IMedicalRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0) return;
        var table = await tables.GetAsync(MedicalTables.Reference, cancellationToken);
        foreach (var chunk in records.Chunk(TransactionOperationsMax))
        {
            var actions = chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, MedicalEntityMapper.ToEntity(r)));
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }
    }

    /// <summary>One person's visits, prescriptions and claim marks: one partition query.</summary>
    public async Task<PersonHistory> ReadPersonAsync(string personKey, CancellationToken cancellationToken) =>
        PersonHistory.From(await ReadRecordsAsync(personKey, cancellationToken));

    /// <summary>Every record of one person's partition, as stored.</summary>
    public async Task<IReadOnlyList<IMedicalRecord>> ReadRecordsAsync(string personKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MedicalTables.Reference, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {personKey}");
        var records = new List<IMedicalRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (MedicalEntityMapper.FromEntity(entity) is { } record) records.Add(record);
        }

        return records;
    }

    /// <summary>Records that a visit was claimed; a mark already there (the same claim verified again) stays as it was.</summary>
    public async Task MarkClaimedAsync(ClaimMark mark, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MedicalTables.Reference, cancellationToken);
        try
        {
            await table.AddEntityAsync(MedicalEntityMapper.ToEntity(mark), cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // The same claim, verified before: the first mark is the one that counts.
        }
    }
}
