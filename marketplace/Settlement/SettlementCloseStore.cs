using System.Globalization;
using Azure;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// When each settlement month was closed (table <c>settlements</c>, partition <c>closed</c>, row <c>yyyyMM</c>): the
/// instant of its first settlement run. A document of a month that became final before that instant settles in its
/// month; one that became final later settles in the month it became final, so a closed month's statements never
/// change. One small partition: a row per month.
/// </summary>
public sealed class SettlementCloseStore(PlatformTables tables)
{
    private const string TableName = "settlements";
    private const string Partition = "closed";

    /// <summary>Closes the month at <paramref name="at"/> unless an earlier run did; returns the instant it closed (the first run's).</summary>
    public async Task<DateTimeOffset> CloseAsync(DateOnly month, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition, Keys.Month(month)) { ["ClosedAt"] = at }, cancellationToken);
            return at;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await table.GetEntityAsync<TableEntity>(Partition, Keys.Month(month), cancellationToken: cancellationToken);
            return existing.Value.GetDateTimeOffset("ClosedAt")!.Value;
        }
    }

    /// <summary>Every closed month and when it closed.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, DateTimeOffset>> ClosedMonthsAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var closed = new Dictionary<DateOnly, DateTimeOffset>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            closed[DateOnly.ParseExact(e.RowKey + "01", "yyyyMMdd", CultureInfo.InvariantCulture)] = e.GetDateTimeOffset("ClosedAt")!.Value;
        }
        return closed;
    }
}
