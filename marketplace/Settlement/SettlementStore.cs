using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Persistence;

namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Table <c>settlements</c>, per settlement month: settled lines in <c>m-&lt;yyyyMM&gt;-&lt;shard&gt;</c> (row = line
/// key), the month's parties in <c>m-&lt;yyyyMM&gt;-parties</c>, and each party's statement in
/// <c>s-&lt;yyyyMM&gt;-&lt;party&gt;-&lt;shard&gt;</c> (row = line key). Row keys are per line × party, so writing the same
/// settlement twice writes the same rows: nothing changes.
/// </summary>
public sealed class SettlementStore(PlatformTables tables)
{
    private const string TableName = "settlements";
    private const int WritesInParallel = 8;

    /// <summary>Writes statement entries first, then the parties, then the lines (the commit point).</summary>
    public async Task WriteAsync(DateOnly periodStart, IReadOnlyList<SettledLine> lines, IReadOnlyList<StatementEntry> entries, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        await WriteChunksAsync(table, entries.Select(e => ToEntity(periodStart, e)), cancellationToken);
        await WriteChunksAsync(table, entries.Select(e => e.Party).Distinct(StringComparer.Ordinal)
            .Select(p => new TableEntity(SettlementShards.Parties(periodStart), p) { ["Party"] = p }), cancellationToken);
        await WriteChunksAsync(table, lines.Select(l => ToEntity(periodStart, l)), cancellationToken);
    }

    public async Task<IReadOnlyList<SettledLine>> LinesAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var rows = await ReadShardsAsync(shard => SettlementShards.Lines(periodStart, shard), cancellationToken);
        return [.. rows.Select(ToLine).OrderBy(l => l.LineKey, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<StatementEntry>> StatementAsync(DateOnly periodStart, string party, CancellationToken cancellationToken)
    {
        if (!Keys.IsSafe(party)) return [];
        var rows = await ReadShardsAsync(shard => SettlementShards.Statement(periodStart, party, shard), cancellationToken);
        return [.. rows.Select(e => ToEntry(party, e)).OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.LineNumber)];
    }

    /// <summary>Every party with a statement in the month.</summary>
    public async Task<IReadOnlyList<string>> PartiesAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = SettlementShards.Parties(periodStart);
        var parties = new List<string>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken)) parties.Add(e.RowKey);
        return parties;
    }

    private async Task<List<TableEntity>> ReadShardsAsync(Func<int, string> partitionOf, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var shards = await Task.WhenAll(Enumerable.Range(0, SettlementShards.Count).Select(async shard =>
        {
            var partition = partitionOf(shard);
            var rows = new List<TableEntity>();
            await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: 1000, cancellationToken: cancellationToken)) rows.Add(e);
            return rows;
        }));
        return [.. shards.SelectMany(s => s)];
    }

    private static Task WriteChunksAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken)
    {
        var chunks = entities.GroupBy(e => e.PartitionKey).SelectMany(g => g.Chunk(100));
        return Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = WritesInParallel, CancellationToken = cancellationToken },
            async (chunk, ct) => await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), ct));
    }

    private static TableEntity ToEntity(DateOnly periodStart, SettledLine l) => new(SettlementShards.Lines(periodStart, SettlementShards.Of(l.DocumentId)), l.LineKey)
    {
        ["DocumentId"] = l.DocumentId,
        ["LineNumber"] = l.LineNumber,
        ["ConsumerId"] = l.ConsumerId,
        ["ProductId"] = l.ProductId,
        ["BillingPeriod"] = Keys.Month(l.BillingPeriodStart),
        ["Revenue"] = Money(l.Revenue),
        ["PolicyVersion"] = l.PolicyVersion,
        ["Parts"] = JsonSerializer.Serialize(l.Parts, PlatformJson.Options),
    };

    private static TableEntity ToEntity(DateOnly periodStart, StatementEntry e) =>
        new(SettlementShards.Statement(periodStart, e.Party, SettlementShards.Of(e.DocumentId)), SettledLine.Key(e.DocumentId, e.LineNumber))
        {
            ["DocumentId"] = e.DocumentId,
            ["LineNumber"] = e.LineNumber,
            ["ConsumerId"] = e.ConsumerId,
            ["ProductId"] = e.ProductId,
            ["Revenue"] = Money(e.Revenue),
            ["ExactAmount"] = Money(e.ExactAmount),
            ["Amount"] = Money(e.Amount),
            ["PolicyVersion"] = e.PolicyVersion,
        };

    private static SettledLine ToLine(TableEntity e) => new(
        e.GetString("DocumentId")!, e.GetInt32("LineNumber")!.Value, e.GetString("ConsumerId")!, e.GetString("ProductId")!,
        DateOnly.ParseExact(e.GetString("BillingPeriod")! + "01", "yyyyMMdd", CultureInfo.InvariantCulture),
        ParseMoney(e.GetString("Revenue")!), e.GetInt32("PolicyVersion")!.Value,
        JsonSerializer.Deserialize<List<SettledPart>>(e.GetString("Parts")!, PlatformJson.Options)!);

    private static StatementEntry ToEntry(string party, TableEntity e) => new(
        party, e.GetString("DocumentId")!, e.GetInt32("LineNumber")!.Value, e.GetString("ConsumerId")!, e.GetString("ProductId")!,
        ParseMoney(e.GetString("Revenue")!), ParseMoney(e.GetString("ExactAmount")!), ParseMoney(e.GetString("Amount")!), e.GetInt32("PolicyVersion")!.Value);

    private static string Money(decimal yuan) => yuan.ToString(CultureInfo.InvariantCulture);

    private static decimal ParseMoney(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
