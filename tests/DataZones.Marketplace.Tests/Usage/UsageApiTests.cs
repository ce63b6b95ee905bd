using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Tests.Usage;

public sealed class UsageApiTests
{
    [Fact]
    public async Task AdminRollup_WithoutADay_Is400NotARollupOfTheYearOne()
    {
        await using var host = await TestHosts.StartAsync();
        using var admin = host.Client(await host.OperatorKeyAsync());

        var response = await admin.PostAsJsonAsync("/operator/usage/rollups", new { });

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal(("day", "required"), (problem["errors"]![0]!["field"]!.GetValue<string>(), problem["errors"]![0]!["rule"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MyUsage_AfterRollup_ShowsDayProductCallsUnitsAmount_AsJsonAndCsv()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (consumerId, key, subscriptionId) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);
        for (var i = 0; i < 3; i++) (await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/zones/test/batch", new { items = new[] { "a", "b", "c", "d" } })).EnsureSuccessStatusCode();
        using var admin = host.Client(operatorKey);

        var rollup = JsonNode.Parse(await (await admin.PostAsJsonAsync("/operator/usage/rollups", new { day = "2026-11-16" })).Content.ReadAsStringAsync())!;
        var rerun = JsonNode.Parse(await (await admin.PostAsJsonAsync("/operator/usage/rollups", new { day = "2026-11-16" })).Content.ReadAsStringAsync())!;

        Assert.Equal(1, rollup["rows"]!.GetValue<int>());
        Assert.Equal(1, rerun["rows"]!.GetValue<int>());
        var rows = JsonNode.Parse(await client.GetStringAsync(new Uri("/me/usage?from=2026-11-01&to=2026-11-30", UriKind.Relative)))!.AsArray();
        var row = Assert.Single(rows)!;
        Assert.Equal("2026-11-16", row["day"]!.GetValue<string>());
        Assert.Equal(4, row["calls"]!.GetValue<long>());
        Assert.Equal(7, row["units"]!.GetValue<long>());
        Assert.Equal(0.35m, row["amount"]!.GetValue<decimal>());

        var csv = await client.GetAsync(new Uri("/me/usage?from=2026-11-01&to=2026-11-30&format=csv", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"day,productId,subscriptionId,planId,planVersion,calls,units,amount\r\n2026-11-16,test.echo,{subscriptionId},payg,0,4,7,0.35\r\n", await csv.Content.ReadAsStringAsync());

        var operatorView = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/operator/usage/consumers/{consumerId}?from=2026-11-16&to=2026-11-16", UriKind.Relative)))!.AsArray();
        Assert.Equal(7, operatorView.Single()!["units"]!.GetValue<long>());
    }

    [Fact]
    public async Task MyUsage_WithoutDates_IsThisMonthSoFar_WithTodaysCallsAfterTheTenMinuteRollup_AndSaysHowFresh()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);
        for (var i = 0; i < 3; i++) (await client.PostAsJsonAsync("/zones/test/echo", new { text = "x" })).EnsureSuccessStatusCode();
        await host.Services.GetServices<DataZones.Marketplace.Scheduling.IScheduledJob>().Single(j => j.FunctionName == "UsageRollup").RunAsync(CancellationToken.None);
        var rolledUpAt = host.Clock.GetUtcNow();
        host.Clock.Advance(TimeSpan.FromMinutes(3));

        var response = await client.GetAsync(new Uri("/me/usage", UriKind.Relative));

        var row = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray())!;
        Assert.Equal((3L, "2026-11-16"), (row["calls"]!.GetValue<long>(), row["day"]!.GetValue<string>()));
        Assert.Equal(rolledUpAt, DateTimeOffset.Parse(Assert.Single(response.Headers.GetValues("X-Usage-As-Of")), System.Globalization.CultureInfo.InvariantCulture));
        var lastMonth = await client.GetAsync(new Uri("/me/usage?from=2026-10-01&to=2026-10-31", UriKind.Relative));
        Assert.False(lastMonth.Headers.Contains("X-Usage-As-Of")); // a past month's days are final
    }

    [Theory]
    [InlineData("/me/usage?from=2026-11-30&to=2026-11-01", "validation-failed")]
    [InlineData("/me/usage?from=2020-01-01&to=2026-11-01", "validation-failed")]
    [InlineData("/me/usage?from=not-a-date&to=2026-11-01", "bad-request")]
    public async Task MyUsage_BadRange_Returns400(string path, string type)
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key) = await host.NewConsumerAsync(await host.OperatorKeyAsync());
        using var client = host.Client(key);
        await ProblemAssert.IsAsync(await client.GetAsync(new Uri(path, UriKind.Relative)), HttpStatusCode.BadRequest, type);
    }
}
