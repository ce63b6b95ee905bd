using System.Diagnostics.Metrics;
using Azure.Data.Tables;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Telemetry;
using DataZones.Marketplace.Time;
using DataZones.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Tests.Metering;

/// <summary>
/// The chain's edges: a commit whose answer is lost, a write whose outcome cannot be told, and a record stamped just
/// before midnight whose batch commits after it.
/// </summary>
public sealed class UsageChainEdgeTests
{
    private static readonly TimeSpan Business = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Noon = new(2026, 11, 3, 12, 0, 0, Business);
    private static readonly PlatformMetrics Metrics = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
    private static readonly BusinessCalendar Calendar = new(Options.Create(new BusinessCalendarOptions()));

    [Fact]
    public async Task Write_CommittedButItsAnswerLost_IsDurable_AndTheNextBatchFollowsIt()
    {
        var faults = new StorageFaults();
        var tables = Tables(faults.TableService());
        var chain = Chain(tables);
        faults.LoseAnswerOf(StorageFaults.IsBatch);

        var first = Batch(Noon, "a", "b");
        await chain.WriteAsync(first);
        var second = Batch(Noon, "c");
        await chain.WriteAsync(second);

        var links = await Task.WhenAll(first.Concat(second).Select(p => p.Durable.Task));
        Assert.Equal([0L, 1L, 2L], links.Select(l => l.Sequence));
        Assert.Single(links.Select(l => l.ChainId).Distinct());
        Assert.Equal(["a", "b", "c"], await RequestIdsAsync(tables, links[0]));
    }

    [Fact]
    public async Task Write_OutcomeCannotBeTold_FailsItsCallers_AndTheNextBatchStartsANewChain()
    {
        var faults = new StorageFaults();
        var tables = Tables(faults.TableService());
        var chain = Chain(tables);
        faults.LoseAnswerOf(StorageFaults.IsBatch);
        faults.Refuse(StorageFaults.IsEntityRead);

        var unknown = Batch(Noon, "a");
        await chain.WriteAsync(unknown);
        var next = Batch(Noon, "b");
        await chain.WriteAsync(next);

        await Assert.ThrowsAnyAsync<Exception>(() => unknown[0].Durable.Task);
        var link = await next[0].Durable.Task;
        Assert.EndsWith("-0001", link.ChainId, StringComparison.Ordinal);
        Assert.Equal(0, link.Sequence);
        // Both chains are registered, so the sealer and the roll-up read the durable record of the unknown write too.
        var registered = await new ChainRegistry(tables, TimeProvider.System).ListAsync("20261103", CancellationToken.None);
        Assert.Equal(2, registered.Count);
    }

    [Fact]
    public async Task Write_RecordStampedBeforeMidnightCommittedAfter_LandsInTheDayItWasStamped()
    {
        var tables = Tables(new TableServiceClient(TestStorage.ConnectionString));
        var chain = Chain(tables);
        var lastMoment = new DateTimeOffset(2026, 11, 30, 23, 59, 59, 900, Business);

        var batch = Batch(lastMoment, "late");
        batch.AddRange(Batch(lastMoment.AddMilliseconds(200), "early"));
        await chain.WriteAsync(batch);

        var links = await Task.WhenAll(batch.Select(p => p.Durable.Task));
        Assert.Equal(("usage20261130", "usage20261201"), (links[0].Table, links[1].Table));
        Assert.StartsWith("h23-", links[0].ChainId, StringComparison.Ordinal);
        Assert.StartsWith("h00-", links[1].ChainId, StringComparison.Ordinal);
    }

    private static async Task<List<string>> RequestIdsAsync(PlatformTables tables, ChainLink link)
    {
        var ids = new List<string>();
        await foreach (var e in new ChainReader(tables).ReadAsync(link.Table, link.ChainId, CancellationToken.None)) ids.Add(e.GetString("RequestId")!);
        return ids;
    }

    private static PlatformTables Tables(TableServiceClient service) =>
        new(service, Options.Create(new PersistenceOptions { TablePrefix = TestStorage.UniqueName("t") }));

    private static UsageChain Chain(PlatformTables tables) =>
        new(0, "w1", 1000, tables, new ChainRegistry(tables, TimeProvider.System), Calendar, Metrics);

    private static List<PendingUsage> Batch(DateTimeOffset time, params string[] requestIds) => requestIds
        .Select(id => new PendingUsage(new UsageRecord(id, "c1", "s1", "p1", "o1", "payg", 1, 0.10m, 0.10m, time, "q", "r")))
        .ToList();
}
