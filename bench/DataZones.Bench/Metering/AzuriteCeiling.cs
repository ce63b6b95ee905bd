using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;

namespace DataZones.Bench.Metering;

/// <summary>
/// What Azurite itself can take: 100-entity transactions of usage-shaped entities into the given table, across 16
/// partitions named like the metering chains, one transaction in flight per partition — the same shape the group
/// commit writes, with no HTTP serving, authentication or hashing in front.
/// </summary>
public static class AzuriteCeiling
{
    private const int Partitions = 16;
    private const int BatchSize = 100;

    public static async Task<double> EntitiesPerSecondAsync(PlatformTables tables, string logicalTable, TimeSpan duration, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(logicalTable, cancellationToken);
        var clock = Stopwatch.StartNew();
        var written = new long[Partitions];
        await Task.WhenAll(Enumerable.Range(0, Partitions).Select(async partition =>
        {
            var key = $"hzz-ceiling-s{partition:D2}";
            for (var batch = 0; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; batch++)
            {
                var first = batch * BatchSize;
                await table.SubmitTransactionAsync(Enumerable.Range(first, BatchSize)
                    .Select(i => new TableTransactionAction(TableTransactionActionType.Add, Entity(key, i))), cancellationToken);
                written[partition] += BatchSize;
            }
        }));
        return written.Sum() / clock.Elapsed.TotalSeconds;
    }

    private static TableEntity Entity(string partition, int sequence) => new(partition, sequence.ToString("D12", CultureInfo.InvariantCulture))
    {
        ["RequestId"] = "01JBENCH" + sequence.ToString("D18", CultureInfo.InvariantCulture),
        ["ConsumerId"] = "01JBENCHCONSUMER0000000000",
        ["SubscriptionId"] = "01JBENCHSUBSCRIPTION000000",
        ["ProductId"] = "bench.lookup",
        ["OperationId"] = "lookup",
        ["PlanId"] = "payg",
        ["Units"] = 1L,
        ["UnitPrice"] = "0.10",
        ["Amount"] = "0.10",
        ["Time"] = DateTimeOffset.UnixEpoch,
        ["RequestHash"] = new string('r', 43),
        ["ResponseHash"] = new string('s', 43),
        ["PreviousHash"] = new string('p', 64),
        ["Hash"] = new string('h', 64),
    };
}
