using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Tests.Hosting;
using DataZones.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Tests.Ledger;

public sealed class LedgerTests
{
    private static async Task<(MarketplaceTestHost Host, HttpClient Operator)> HostWithCallsAsync(int calls)
    {
        var host = await TestHosts.StartAsync(new Dictionary<string, string?> { ["Metering:ShardCount"] = "2" });
        var operatorKey = await host.OperatorKeyAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var client = host.Client(key);
        for (var i = 0; i < calls; i++) (await client.PostAsJsonAsync("/zones/test/echo", new { text = $"call {i}" })).EnsureSuccessStatusCode();
        return (host, host.Client(operatorKey));
    }

    private static async Task<JsonNode> VerifyAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/operator/ledger/verifications", new { from = "2026-11-16", to = "2026-11-16" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task AdminSeal_WithoutADay_Is400()
    {
        await using var host = await TestHosts.StartAsync();
        using var admin = host.Client(await host.OperatorKeyAsync());

        var response = await admin.PostAsJsonAsync("/operator/ledger/seals", new { });

        await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "validation-failed");
    }

    [Fact]
    public async Task Verify_UntouchedLedger_IsIntact()
    {
        var (host, admin) = await HostWithCallsAsync(12);
        await using var _ = host;
        using var __ = admin;

        var result = await VerifyAsync(admin);

        Assert.Equal("intact", result["status"]!.GetValue<string>());
        Assert.Equal(12, result["recordsChecked"]!.GetValue<long>());
    }

    [Fact]
    public async Task Verify_AlteredUsageRecord_NamesIt()
    {
        var (host, admin) = await HostWithCallsAsync(10);
        await using var _ = host;
        using var __ = admin;
        var victim = (await UsageProbe.TodayAsync(host)).OrderBy(r => r.Entity.RowKey).ElementAt(4);
        var table = host.Services.GetRequiredService<PlatformTables>().GetExisting("usage20261116");
        victim.Entity["Units"] = 0L; // someone makes a call look free
        await table.UpdateEntityAsync(victim.Entity, victim.Entity.ETag, TableUpdateMode.Replace);

        var result = await VerifyAsync(admin);

        Assert.Equal("broken", result["status"]!.GetValue<string>());
        Assert.Equal(victim.Record.RequestId, result["firstBrokenLink"]!["requestId"]!.GetValue<string>());
        Assert.Contains("altered", result["firstBrokenLink"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RecordDeletedAfterSealing_ReportsTheSeal()
    {
        var (host, admin) = await HostWithCallsAsync(6);
        await using var _ = host;
        using var __ = admin;
        host.Clock.Advance(TimeSpan.FromHours(1)); // the hour's chains are closed and may be sealed
        var sealedNow = JsonNode.Parse(await (await admin.PostAsJsonAsync("/operator/ledger/seals", new { day = "2026-11-16" })).Content.ReadAsStringAsync())!;
        Assert.True(sealedNow["sealedNow"]!.GetValue<int>() >= 1);
        Assert.Equal("intact", (await VerifyAsync(admin))["status"]!.GetValue<string>());

        var last = (await UsageProbe.TodayAsync(host)).GroupBy(r => r.Entity.PartitionKey).First().OrderBy(r => r.Entity.RowKey).Last();
        await host.Services.GetRequiredService<PlatformTables>().GetExisting("usage20261116").DeleteEntityAsync(last.Entity.PartitionKey, last.Entity.RowKey);

        var result = await VerifyAsync(admin);
        Assert.Equal("broken", result["status"]!.GetValue<string>());
        Assert.Contains("sealed", result["firstBrokenLink"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RangeTooLongOrReversed_Returns400()
    {
        await using var host = await TestHosts.StartAsync();
        using var admin = host.Client(await host.OperatorKeyAsync());
        await ProblemAssert.IsAsync(await admin.PostAsJsonAsync("/operator/ledger/verifications", new { from = "2026-11-16", to = "2026-11-01" }),
            HttpStatusCode.BadRequest, "validation-failed");
        await ProblemAssert.IsAsync(await admin.PostAsJsonAsync("/operator/ledger/verifications", new { from = "2026-01-01", to = "2026-11-01" }),
            HttpStatusCode.BadRequest, "validation-failed");
    }
}
