using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Storage;

/// <summary>
/// The vehicle table, partitioned by VIN, so every product's answer is one partition query; and the accident case
/// index, so a case number finds its parties with one more. Nothing is cached: the records change daily.
/// </summary>
public sealed class TransportReferenceStore(PlatformTables tables)
{
    /// <summary>Table Storage's limit on operations in one entity-group transaction.</summary>
    public const int TransactionOperationsMax = 100;

    /// <summary>
    /// Upserts (replace) one partition's records — a vehicle's, with the case-index rows of its accidents, or one
    /// zone-day of traffic observations.
    /// </summary>
    public async Task UpsertPartitionAsync(IReadOnlyList<ITransportRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0) return;
        var table = await tables.GetAsync(records[0] is TrafficObservation ? TransportTables.Traffic : TransportTables.Vehicles, cancellationToken);
        foreach (var chunk in records.Chunk(TransactionOperationsMax))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, TransportEntityMapper.ToEntity(r))), cancellationToken);
        }

        var accidents = records.OfType<AccidentParty>().ToList();
        if (accidents.Count == 0) return;
        var cases = await tables.GetAsync(TransportTables.AccidentCases, cancellationToken);
        foreach (var party in accidents) await cases.UpsertEntityAsync(TransportEntityMapper.ToCaseEntity(party), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>One vehicle's records: one partition query.</summary>
    public async Task<VehicleFile> ReadVehicleAsync(string vin, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TransportTables.Vehicles, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {vin}");
        var records = new List<ITransportRecord>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (TransportEntityMapper.FromEntity(entity, vin) is { } record) records.Add(record);
        }

        return VehicleFile.From(records);
    }

    /// <summary>A zone's traffic observations of one business day: one partition query.</summary>
    public async Task<IReadOnlyList<TrafficObservation>> ReadTrafficDayAsync(string zone, DateOnly day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TransportTables.Traffic, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TrafficObservation.PartitionOf(zone, day)}");
        var observations = new List<TrafficObservation>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var id = e.RowKey[(e.RowKey.LastIndexOf('|') + 1)..];
            observations.Add(new TrafficObservation(zone, e.GetString("Segment")!, day, e.GetInt32("Hour") ?? 0, id, e.GetString("VehicleKey")!,
                e.GetInt32("SpeedKmh") ?? 0, e.GetInt32("FreeFlowKmh") ?? 1));
        }

        return observations;
    }

    /// <summary>The parties of an accident case (empty when no such case is recorded): one partition query.</summary>
    public async Task<IReadOnlyList<AccidentParty>> ReadCaseAsync(string caseNumber, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TransportTables.AccidentCases, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {caseNumber}");
        var parties = new List<AccidentParty>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (TransportEntityMapper.FromEntity(entity, entity.RowKey) is AccidentParty party) parties.Add(party);
        }

        return parties;
    }
}
