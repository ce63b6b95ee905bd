using System.Net;
using System.Net.Http.Json;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Pipeline;

public sealed class IdempotencyTests
{
    private static HttpRequestMessage Echo(string text, string idempotencyKey) => new(HttpMethod.Post, "/zones/test/echo")
    {
        Content = JsonContent.Create(new { text }),
        Headers = { { "Idempotency-Key", idempotencyKey } },
    };

    [Fact]
    public async Task Retry_SameKeySameRequest_ReturnsFirstAnswerAndBillsOnce()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);

        var first = await client.SendAsync(Echo("hello", "order-42"));
        var retry = await client.SendAsync(Echo("hello", "order-42"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.GetValues("X-Receipt"), retry.Headers.GetValues("X-Receipt"));
        Assert.Equal(first.Headers.GetValues("X-Request-Id"), retry.Headers.GetValues("X-Request-Id"));
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        var usage = await UsageProbe.TodayAsync(host);
        Assert.Equal(Assert.Single(first.Headers.GetValues("X-Request-Id")), Assert.Single(usage).Record.RequestId);
    }

    [Fact]
    public async Task Retry_SameKeyDifferentRequest_Returns422()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Echo("hello", "order-43"))).StatusCode);
        var reused = await client.SendAsync(Echo("goodbye", "order-43"));

        await ProblemAssert.IsAsync(reused, (HttpStatusCode)422, "idempotency-key-reused");
        Assert.Single(await UsageProbe.TodayAsync(host));
    }

    [Fact]
    public async Task SameKey_DifferentConsumers_AreIndependent()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (_, keyA, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        var (_, keyB, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var a = host.Client(keyA);
        using var b = host.Client(keyB);

        Assert.Equal(HttpStatusCode.OK, (await a.SendAsync(Echo("from a", "shared-key"))).StatusCode);
        var fromB = await b.SendAsync(Echo("from b", "shared-key"));

        Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
        Assert.Contains("from b", await fromB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, (await UsageProbe.TodayAsync(host)).Count);
    }

    [Fact]
    public async Task FailedAttempt_ZoneProblem_KeyCanBeRetriedWithCorrectedRequest()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(Echo("", "order-44"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Echo("fixed", "order-44"))).StatusCode);
    }
}
