using System.Globalization;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Usage;

/// <summary>
/// Table <c>rollups</c>, written twice for its two readers: partition <c>c-&lt;consumer&gt;</c> with rows
/// <c>&lt;yyyyMMdd&gt;|&lt;line key&gt;</c> (a consumer's usage over a range of days, and billing's month per consumer), and
/// partition <c>d-&lt;yyyyMMdd&gt;</c> with rows <c>&lt;consumer&gt;|&lt;line key&gt;</c> (the operator's view of a day); the
/// line key is <c>product|subscription|plan|version</c> (<see cref="UsageRollup.LineKey"/>). Rows of the older layout
/// (keyed by product only) read with an empty subscription and version 0, and the next roll-up of their day deletes
/// them, since it replaces every row of the day by its row key. Partition <c>f-&lt;yyyyMM&gt;</c> has a row per day rolled up
/// (<c>&lt;yyyyMMdd&gt;</c>) saying when that roll-up began reading the raw records (<c>ReadFrom</c>), written after both
/// copies, so billing can check the month's roll-ups are final.
/// </summary>
public sealed class UsageRollupStore(PlatformTables tables)
{
    private const string TableName = "rollups";
    private const int WritesInParallel = 8;

    public async Task ReplaceDayAsync(DateOnly day, IReadOnlyCollection<UsageRollup> rollups, DateTimeOffset readFrom, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var dayKey = Keys.Day(day);
        var fresh = rollups.Select(r => r.ConsumerId + "|" + r.LineKey).ToHashSet(StringComparer.Ordinal);
        var stale = new List<(string ConsumerId, string DayRow)>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"d-" + dayKey}"), cancellationToken: cancellationToken))
        {
            if (!fresh.Contains(e.RowKey)) stale.Add((e.GetString("ConsumerId")!, e.RowKey));
        }
        // One transaction per consumer partition; they are independent, so they go in parallel (a day has hundreds).
        var consumerChunks = rollups.GroupBy(r => r.ConsumerId).SelectMany(g => g.Chunk(100));
        await Parallel.ForEachAsync(consumerChunks, new ParallelOptions { MaxDegreeOfParallelism = WritesInParallel, CancellationToken = cancellationToken },
            async (chunk, ct) => await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                ToEntity("c-" + r.ConsumerId, dayKey + "|" + r.LineKey, r))), ct));
        foreach (var chunk in rollups.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                ToEntity("d-" + dayKey, r.ConsumerId + "|" + r.LineKey, r))), cancellationToken);
        }
        foreach (var (consumerId, dayRow) in stale)
        {
            // The consumer's copy is keyed by the same line key after the day instead of after the consumer.
            await table.DeleteEntityAsync("c-" + consumerId, dayKey + dayRow[consumerId.Length..], cancellationToken: cancellationToken);
            await table.DeleteEntityAsync("d-" + dayKey, dayRow, cancellationToken: cancellationToken);
        }
        await table.UpsertEntityAsync(new TableEntity("f-" + Keys.Month(day), dayKey) { ["ReadFrom"] = readFrom, ["Rows"] = rollups.Count },
            TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>For each day of the month that has been rolled up, when its latest roll-up began reading.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, DateTimeOffset>> ReadFromAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var result = new Dictionary<DateOnly, DateTimeOffset>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"f-" + Keys.Month(periodStart)}"), cancellationToken: cancellationToken))
        {
            result[DateOnly.ParseExact(e.RowKey, "yyyyMMdd", CultureInfo.InvariantCulture)] = e.GetDateTimeOffset("ReadFrom")!.Value;
        }
        return result;
    }

    public async Task<IReadOnlyList<UsageRollup>> ForConsumerAsync(string consumerId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = "c-" + consumerId;
        var low = Keys.Day(from);
        var high = Keys.Day(to.AddDays(1));
        return await QueryAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high}"), cancellationToken);
    }

    public async Task<IReadOnlyList<UsageRollup>> ForDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = "d-" + Keys.Day(day);
        return await QueryAsync(table, TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken);
    }

    private static async Task<IReadOnlyList<UsageRollup>> QueryAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var result = new List<UsageRollup>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(new UsageRollup(DateOnly.ParseExact(e.GetString("Day")!, "yyyyMMdd", CultureInfo.InvariantCulture), e.GetString("ConsumerId")!,
                e.GetString("ProductId")!, e.GetString("SubscriptionId") ?? "", e.GetString("PlanId")!, e.GetInt32("PlanVersion") ?? 0,
                e.GetInt64("Calls")!.Value, e.GetInt64("Units")!.Value, decimal.Parse(e.GetString("Amount")!, CultureInfo.InvariantCulture)));
        }
        return result;
    }

    private static TableEntity ToEntity(string partition, string row, UsageRollup r) => new(partition, row)
    {
        ["Day"] = Keys.Day(r.Day),
        ["ConsumerId"] = r.ConsumerId,
        ["ProductId"] = r.ProductId,
        ["SubscriptionId"] = r.SubscriptionId,
        ["PlanId"] = r.PlanId,
        ["PlanVersion"] = r.PlanVersion,
        ["Calls"] = r.Calls,
        ["Units"] = r.Units,
        ["Amount"] = r.Amount.ToString(CultureInfo.InvariantCulture),
    };
}
