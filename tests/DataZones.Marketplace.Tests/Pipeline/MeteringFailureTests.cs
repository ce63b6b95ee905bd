using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using DataZones.Marketplace.Tests.Hosting;
using DataZones.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Tests.Pipeline;

public sealed class MeteringFailureTests
{
    [Fact]
    public async Task Call_StorageUnreachableAtMetering_Returns503WithoutZoneData()
    {
        // Tables through a relay that the test cuts once keys, subscriptions and the catalog are warm in memory:
        // the next call passes authorisation, runs the zone's work, and then cannot be metered.
        var storage = TestStorage.Account;
        await using var relay = new TcpProxy(storage.TableEndpoint);
        var connectionString = storage.ConnectionString(tableEndpoint: relay.Through(storage.TableEndpoint));
        await using var host = await TestHosts.StartAsync(new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString });
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/zones/test/echo", new { text = "warm" })).StatusCode);

        relay.Cut();
        var response = await client.PostAsJsonAsync("/zones/test/echo", new { text = "secret answer" });

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
        Assert.DoesNotContain("secret answer", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Receipt"));
    }

    [Fact]
    public async Task Call_NotMetered_GivesItsQuotaUnitsBack()
    {
        var faults = new StorageFaults();
        await using var host = await TestHosts.StartAsync(
            new Dictionary<string, string?> { ["Metering:ShardCount"] = "1" },
            services => services.AddSingleton<TableServiceClient>(faults.TableService()));
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.CappedPlanId);
        using var client = host.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/zones/test/echo", new { text = "1" })).StatusCode);

        faults.Refuse(StorageFaults.IsBatch);
        var failed = await client.PostAsJsonAsync("/zones/test/echo", new { text = "not metered" });
        var after = new List<HttpStatusCode>();
        for (var i = 0; i < TestZone.CappedUnits - 1; i++) after.Add((await client.PostAsJsonAsync("/zones/test/echo", new { text = "again" })).StatusCode);

        await ProblemAssert.IsAsync(failed, HttpStatusCode.ServiceUnavailable, "storage-unavailable");
        // The cap is 3 units: one used, one not metered (and so not used), two more fit.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], after);
        Assert.Equal(TestZone.CappedUnits, (await UsageProbe.TodayAsync(host)).Count);
    }

    [Fact]
    public async Task Call_CommittedButTheAnswerFromStorageLost_Is200AndMeteredOnce_AndTheNextCallToo()
    {
        var faults = new StorageFaults();
        await using var host = await TestHosts.StartAsync(
            new Dictionary<string, string?> { ["Metering:ShardCount"] = "1" },
            services => services.AddSingleton<TableServiceClient>(faults.TableService()));
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);

        faults.LoseAnswerOf(StorageFaults.IsBatch);
        var lost = await client.PostAsJsonAsync("/zones/test/echo", new { text = "committed" });
        var next = await client.PostAsJsonAsync("/zones/test/echo", new { text = "next" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (lost.StatusCode, next.StatusCode));
        var records = await UsageProbe.TodayAsync(host);
        Assert.Equal(2, records.Count);
        Assert.Equal([lost.Headers.GetValues("X-Request-Id").Single(), next.Headers.GetValues("X-Request-Id").Single()],
            records.OrderBy(r => r.Entity.RowKey).Select(r => r.Record.RequestId));
    }
}
