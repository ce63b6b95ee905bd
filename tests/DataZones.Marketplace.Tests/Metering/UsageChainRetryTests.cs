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
/// A transaction whose first attempt committed but whose answer was lost is retried by the SDK and fails with 409 on
/// its first action. Two chains with the same identity and state stand for the two attempts: the second must take
/// the committed rows as its own, and must not when the rows there belong to other requests.
/// </summary>
public sealed class UsageChainRetryTests
{
    private static readonly TimeProvider Time = new ManualClock(new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Write_FirstAttemptAlreadyCommitted_CompletesWithTheSameLinks()
    {
        var tables = Tables();
        var first = Batch("a", "b", "c");
        await Chain(tables).WriteAsync(first);
        var committed = await Task.WhenAll(first.Select(p => p.Durable.Task));

        var retry = Batch("a", "b", "c");
        await Chain(tables).WriteAsync(retry);

        Assert.Equal(committed, await Task.WhenAll(retry.Select(p => p.Durable.Task)));
    }

    [Fact]
    public async Task Write_RowsTakenByOtherRequests_FailsTheBatch()
    {
        var tables = Tables();
        await Chain(tables).WriteAsync(Batch("a", "b"));

        var other = Batch("x", "y");
        await Chain(tables).WriteAsync(other);

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => other[0].Durable.Task);
        Assert.Equal(409, failure.Status);
        Assert.Equal(0, failure.FailedTransactionActionIndex);
        Assert.True(other[1].Durable.Task.IsFaulted);
    }

    private static readonly PlatformMetrics Metrics = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    private static PlatformTables Tables() =>
        new(new TableServiceClient(TestStorage.ConnectionString), Options.Create(new PersistenceOptions { TablePrefix = TestStorage.UniqueName("t") }));

    private static UsageChain Chain(PlatformTables tables) =>
        new(0, "w1", 1000, tables, new ChainRegistry(tables, Time), new BusinessCalendar(Options.Create(new BusinessCalendarOptions())), Metrics);

    private static List<PendingUsage> Batch(params string[] requestIds) => requestIds
        .Select(id => new PendingUsage(new UsageRecord(id, "c1", "s1", "p1", "o1", "payg", 1, 0.10m, 0.10m, Time.GetUtcNow(), "q", "r")))
        .ToList();
}
