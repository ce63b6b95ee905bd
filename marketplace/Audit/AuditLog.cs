using Azure.Data.Tables;
using DataZones.Marketplace.Ids;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Audit;

/// <summary>
/// Append-only record of state changes (table <c>audit</c>: partition = subject, row = time-ordered id), so the
/// history of one product, consumer or subscription is one partition read, oldest first.
/// </summary>
public sealed class AuditLog(PlatformTables tables, IIdGenerator ids, TimeProvider time)
{
    private const string TableName = "audit";

    public async Task RecordAsync(string subject, string action, string actor, string? detail, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TableEntity(subject, ids.NewId())
        {
            ["Action"] = action,
            ["Actor"] = actor,
            ["At"] = time.GetUtcNow(),
            ["Detail"] = detail,
        };
        await table.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(string subject, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entries = new List<AuditEntry>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {subject}"), cancellationToken: cancellationToken))
        {
            entries.Add(new AuditEntry(subject, e.GetString("Action")!, e.GetString("Actor")!, e.GetDateTimeOffset("At")!.Value, e.GetString("Detail")));
        }
        return entries;
    }
}
