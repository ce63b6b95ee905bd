using System.Net;
using System.Net.Http.Json;
using DataZones.Marketplace.Tests.Hosting;
using DataZones.Testing;

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
}
