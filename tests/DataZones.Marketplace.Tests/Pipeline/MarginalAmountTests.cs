using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Tests.Hosting;
using DataZones.Marketplace.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DataZones.Marketplace.Tests.Pipeline;

/// <summary>What the consumer is told is what is billed: each call carries what it adds to the month under its plan.</summary>
public sealed class MarginalAmountTests
{
    [Fact]
    public async Task Calls_GraduatedPlan_EachCallIsToldWhatItAddsToTheMonth()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.TieredPlanId);
        using var client = host.Client(key);

        // Tiers: units 1–2 at ¥1.00, then ¥0.50. Three units, then one more.
        var first = await client.PostAsJsonAsync("/zones/test/batch", new { items = new[] { "a", "b", "c" } });
        var second = await client.PostAsJsonAsync("/zones/test/echo", new { text = "d" });

        Assert.Equal((2.50m, 2.50m), Charged(first.EnsureSuccessStatusCode()));
        Assert.Equal((0.50m, 0.50m), Charged(second.EnsureSuccessStatusCode()));
        var records = (await UsageProbe.TodayAsync(host)).Select(r => r.Record).OrderBy(r => r.PeriodUnitsBefore).ToList();
        Assert.Equal([(0L, 2.50m), (3L, 0.50m)], records.Select(r => (r.PeriodUnitsBefore, r.Amount)));
    }

    [Fact]
    public async Task Calls_MonthlyPlanWithOverage_IncludedUnitsAreFreeAndOverageSaysWhatItAdds()
    {
        await using var host = await TestHosts.StartAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(await host.OperatorKeyAsync(), TestZone.EchoProduct, TestZone.OveragePlanId);
        using var client = host.Client(key);

        // ¥10 a month with 2 units included, then ¥0.25 a unit.
        var included = await client.PostAsJsonAsync("/zones/test/echo", new { text = "a" });
        var straddling = await client.PostAsJsonAsync("/zones/test/batch", new { items = new[] { "b", "c", "d" } });
        var overage = await client.PostAsJsonAsync("/zones/test/echo", new { text = "e" });

        Assert.Equal((0m, 0m), Charged(included.EnsureSuccessStatusCode()));
        Assert.Equal((0.50m, 0.50m), Charged(straddling.EnsureSuccessStatusCode()));
        Assert.Equal((0.25m, 0.25m), Charged(overage.EnsureSuccessStatusCode()));
    }

    [Fact]
    public async Task Close_CallsMeteredByOneInstance_InvoiceLineIsTheFeePlusTheSumOfTheirAmounts()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (consumer, key, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.OveragePlanId);
        using var client = host.Client(key);
        var told = 0m;
        foreach (var items in new[] { 1, 3, 1, 2 })
        {
            var response = await client.PostAsJsonAsync("/zones/test/batch", new { items = Enumerable.Repeat("x", items) });
            told += Charged(response.EnsureSuccessStatusCode()).Header;
        }
        await host.Services.GetRequiredService<UsageRollupService>().RollUpAsync(new DateOnly(2026, 11, 16), CancellationToken.None);
        host.Clock.Set(new DateTimeOffset(2026, 12, 1, 10, 30, 0, TimeSpan.FromHours(8)));
        await host.Services.GetRequiredService<BillingCloseService>().CloseAsync(new DateOnly(2026, 11, 1), CancellationToken.None);
        using var admin = host.Client(operatorKey);

        var invoice = JsonNode.Parse(await admin.GetStringAsync(new Uri($"/operator/billing/consumers/{consumer}/invoices", UriKind.Relative)))!.AsArray().Single()!;
        var csv = await admin.GetStringAsync(new Uri($"/operator/billing/consumers/{consumer}/invoices/{invoice["id"]}/usage.csv", UriKind.Relative));

        // 7 units: ¥10 with 2 included, 5 × ¥0.25 overage; the calls were told 0 + 0.50 + 0.25 + 0.50.
        var line = invoice["lines"]!.AsArray().Single()!;
        Assert.Equal(1.25m, told);
        Assert.Equal((10.00m, 1.25m, 0m, 11.25m), (line["monthlyFee"]!.GetValue<decimal>(), line["meteredAmount"]!.GetValue<decimal>(),
            line["adjustmentAmount"]!.GetValue<decimal>(), line["amount"]!.GetValue<decimal>()));
        Assert.Equal(told, csv.TrimEnd().Split("\r\n").Skip(1).Sum(row => decimal.Parse(row.Split(',')[^1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Calls_EitherSideOfAPriceChange_ArePricedAndRecordedUnderTheVersionInForceAtTheirInstant()
    {
        await using var host = await TestHosts.StartAsync();
        var operatorKey = await host.OperatorKeyAsync();
        var (_, key, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using var admin = host.Client(operatorKey);
        (await admin.PutAsJsonAsync($"/operator/catalog/products/{TestZone.EchoProduct}/plans?effectiveFrom=2026-12", new[]
        {
            new { id = TestZone.PayPerUsePlanId, kind = "pay-per-use", tiers = new[] { new { upToUnits = (long?)null, unitPrice = 0.08m } } },
        })).EnsureSuccessStatusCode();
        using var client = host.Client(key);

        host.Clock.Set(new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.FromHours(8)));
        var before = await client.PostAsJsonAsync("/zones/test/echo", new { text = "old price" });
        var lastDay = (await UsageProbe.TodayAsync(host)).Single().Record;
        host.Clock.Set(new DateTimeOffset(2026, 12, 1, 0, 0, 1, TimeSpan.FromHours(8)));
        var after = await client.PostAsJsonAsync("/zones/test/echo", new { text = "new price" });
        var firstDay = (await UsageProbe.TodayAsync(host)).Single().Record;

        Assert.Equal((0.05m, 0.05m), Charged(before.EnsureSuccessStatusCode()));
        Assert.Equal((0.08m, 0.08m), Charged(after.EnsureSuccessStatusCode()));
        Assert.Equal((0, 0.05m), (lastDay.PlanVersion, lastDay.Amount));
        Assert.Equal((1, 0.08m), (firstDay.PlanVersion, firstDay.Amount));
    }

    /// <summary>The amount in <c>X-Amount-Charged</c> and in the signed receipt.</summary>
    private static (decimal Header, decimal Receipt) Charged(HttpResponseMessage response)
    {
        var header = decimal.Parse(response.Headers.GetValues("X-Amount-Charged").Single(), CultureInfo.InvariantCulture);
        var receipt = new JsonWebToken(response.Headers.GetValues("X-Receipt").Single());
        return (header, decimal.Parse(receipt.GetPayloadValue<string>("amt"), CultureInfo.InvariantCulture));
    }
}
