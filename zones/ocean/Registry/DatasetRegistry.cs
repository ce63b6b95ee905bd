using System.Collections.Concurrent;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Storage;

namespace DataZones.Zones.Ocean.Registry;

/// <summary>
/// Which datasets exist: one row per published dataset in the <c>oceandatasets</c> table (one small partition —
/// a zone has tens of datasets, not millions), written after the group's <c>.zmetadata</c>, so a listed dataset
/// always opens. Opened datasets are kept for the life of the process: a published dataset id is never rewritten
/// (ingestion refuses an existing id), so what was opened stays true.
/// </summary>
public sealed class DatasetRegistry(PlatformTables tables, OceanStores stores, TimeProvider time)
{
    private const string TableName = "oceandatasets";
    private const string Partition = "dataset";

    private readonly ConcurrentDictionary<string, Task<OceanDataset?>> _opened = new(StringComparer.Ordinal);

    /// <summary>Records a dataset whose group has just been published (its <c>.zmetadata</c> written).</summary>
    public async Task RegisterAsync(string id, string title, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new TableEntity(Partition, id)
        {
            ["Title"] = title,
            ["GroupPath"] = OceanStores.GroupPath(id),
            ["PublishedAt"] = time.GetUtcNow(),
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        _opened.TryRemove(id, out _);
    }

    /// <summary>Every published dataset, by id.</summary>
    public async Task<IReadOnlyList<DatasetEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var entries = new List<DatasetEntry>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ToEntry(entity));
        }
        return entries;
    }

    /// <summary>Whether a dataset with this id is published.</summary>
    public async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        return (await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue;
    }

    /// <summary>The opened dataset <paramref name="id"/>, or null when no such dataset is published.</summary>
    public async Task<OceanDataset?> OpenAsync(string id, CancellationToken cancellationToken)
    {
        if (!DatasetIds.IsValid(id))
        {
            return null;
        }
        var opening = _opened.GetOrAdd(id, OpenUncachedAsync);
        OceanDataset? dataset;
        try
        {
            dataset = await opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _opened.TryRemove(new KeyValuePair<string, Task<OceanDataset?>>(id, opening));
            throw;
        }
        if (dataset is null)
        {
            // Only a dataset that opened is kept: one published a moment from now must be found then.
            _opened.TryRemove(new KeyValuePair<string, Task<OceanDataset?>>(id, opening));
        }
        return dataset;
    }

    private async Task<OceanDataset?> OpenUncachedAsync(string id)
    {
        if (!await ExistsAsync(id, CancellationToken.None).ConfigureAwait(false))
        {
            return null;
        }
        var store = await stores.DatasetsAsync(CancellationToken.None).ConfigureAwait(false);
        return await OceanDataset.OpenAsync(store, OceanStores.GroupPath(id), CancellationToken.None).ConfigureAwait(false);
    }

    private static DatasetEntry ToEntry(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("Title") ?? entity.RowKey,
        entity.GetString("GroupPath") ?? OceanStores.GroupPath(entity.RowKey),
        entity.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.MinValue);
}
