using System.Net;
using System.Net.Http.Json;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Pipeline;

public sealed class LimitTests
{
    [Fact]
    public async Task Call_OverHardCappedQuota_Returns429WithRetryAfterAndBillsNothingMore()
    {
        await using var host = await TestHosts.StartAsync(new Dictionary<string, string?> { ["Quota:LeaseBlockUnits"] = "2" });
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.CappedPlanId);
        using var client = host.Client(key);

        for (var i = 0; i < TestZone.CappedUnits; i++)
        {
            var answered = await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" });
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            Assert.Equal((TestZone.CappedUnits - i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(answered.Headers.GetValues("X-Quota-Remaining")));
        }
        var refused = await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" });
        var refusedAgain = await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" });

        await ProblemAssert.IsAsync(refused, HttpStatusCode.TooManyRequests, "quota-exhausted");
        foreach (var response in new[] { refused, refusedAgain })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal("0", Assert.Single(response.Headers.GetValues("X-Quota-Remaining")));
            Assert.True(DateTimeOffset.TryParse(Assert.Single(response.Headers.GetValues("X-Quota-Reset")), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
        }
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromDays(31));
        Assert.Equal(TestZone.CappedUnits, (await UsageProbe.TodayAsync(host)).Count);
    }

    [Fact]
    public async Task Batch_NeedingMoreUnitsThanLeft_Returns429()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.CappedPlanId);
        using var client = host.Client(key);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/zones/test/batch", new { items = new[] { "a", "b" } })).StatusCode);
        var refused = await client.PostAsJsonAsync("/zones/test/batch", new { items = new[] { "c", "d" } });

        await ProblemAssert.IsAsync(refused, HttpStatusCode.TooManyRequests, "quota-exhausted");
        Assert.Equal(2, (await UsageProbe.TodayAsync(host)).Sum(r => r.Record.Units));
    }

    [Fact]
    public async Task Call_OverRateLimit_Returns429RateLimited()
    {
        await using var host = await TestHosts.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimit:BurstPermits"] = "2",
            ["RateLimit:PermitsPerSecond"] = "1",
        });
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6 && refused is null; i++)
        {
            var response = await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused = response;
            else Assert.Equal("2", Assert.Single(response.Headers.GetValues("RateLimit-Limit")));
        }

        Assert.NotNull(refused);
        await ProblemAssert.IsAsync(refused, HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(statuses.Count(s => s == HttpStatusCode.OK), (await UsageProbe.TodayAsync(host)).Count);
    }
}
