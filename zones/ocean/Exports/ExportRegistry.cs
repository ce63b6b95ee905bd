using System.Globalization;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Zones.Ocean.Exports;

/// <summary>
/// When each export's read link expires (table <c>oceanexports</c>: one partition, row =
/// <c>&lt;expiry yyyyMMddHHmmss&gt;|&lt;consumer&gt;|&lt;export id&gt;</c>), so the sweep finds the expired ones with one
/// range query, oldest first, without listing containers.
/// </summary>
public sealed class ExportRegistry(PlatformTables tables)
{
    private const string TableName = "oceanexports";
    private const string Partition = "expiry";

    public sealed record ExpiringExport(string ConsumerId, string ExportId, DateTimeOffset ExpiresAt, string RowKey);

    public async Task RecordAsync(string consumerId, string exportId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(new TableEntity(Partition, RowKey(expiresAt, consumerId, exportId))
        {
            ["ConsumerId"] = consumerId,
            ["ExportId"] = exportId,
            ["ExpiresAt"] = expiresAt,
        }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Exports whose link expired before <paramref name="now"/>, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<ExpiringExport>> ExpiredAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        var bound = Stamp(now);
        var expired = new List<ExpiringExport>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {bound}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            expired.Add(new ExpiringExport(e.GetString("ConsumerId")!, e.GetString("ExportId")!, e.GetDateTimeOffset("ExpiresAt")!.Value, e.RowKey));
            if (expired.Count >= max) break;
        }
        return expired;
    }

    public async Task RemoveAsync(ExpiringExport export, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(Partition, export.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static string RowKey(DateTimeOffset expiresAt, string consumerId, string exportId) => $"{Stamp(expiresAt)}|{consumerId}|{exportId}";

    private static string Stamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
}
