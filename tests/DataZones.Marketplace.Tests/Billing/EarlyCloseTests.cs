using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Tests.Hosting;

namespace DataZones.Marketplace.Tests.Billing;

/// <summary>A month is billed once, so it may only be closed after it has ended in business time (UTC+08:00).</summary>
public sealed class EarlyCloseTests
{
    private static readonly TimeSpan BusinessOffset = TimeSpan.FromHours(8);
    private static readonly DateOnly Nov16 = new(2026, 11, 16);

    [Fact]
    public async Task AdminClose_MonthNotEnded_Is409NamingTheMonthsEnd_AndBillsNothing()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Nov16, 1);
        // One second before November ends in business time.
        scenario.Host.Clock.Set(new DateTimeOffset(2026, 11, 30, 23, 59, 59, BusinessOffset));
        using var client = scenario.Operator();

        var response = await client.PostAsJsonAsync("/operator/billing/closes", new { period = "2026-11" });

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "period-not-ended");
        Assert.Contains("2026-12-01T00:00:00+08:00", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("2026-11", problem["period"]!.GetValue<string>());
        Assert.Empty(await scenario.Service<InvoiceStore>().InvoicesForMonthAsync(consumer, BillingScenario.November, CancellationToken.None));
    }

    [Fact]
    public async Task AdminClose_RefusedEarly_ThenAfterTheEnd_BillsEveryUnitOfTheMonth()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Nov16, 1);
        using var client = scenario.Operator();
        var early = await client.PostAsJsonAsync("/operator/billing/closes", new { period = "2026-11" });
        // The rest of the month's usage, after the refused close: an early close would have left it unbilled for good.
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, new DateOnly(2026, 11, 30), 5, 4);

        scenario.Host.Clock.Set(new DateTimeOffset(2026, 12, 1, 0, 5, 0, BusinessOffset));
        var close = await client.PostAsJsonAsync("/operator/billing/closes", new { period = "2026-11" });

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(1, JsonNode.Parse(await close.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!["invoicesCreated"]!.GetValue<int>());
        var line = Assert.Single((await scenario.LiveInvoiceAsync(consumer, BillingScenario.November)).Lines);
        Assert.Equal((10L, 10.00m), (line.Units, line.Amount));
    }

    [Fact]
    public async Task AdminClose_WhileTheLastDaysRecordsMayStillArrive_Is409NamingWhenItCanBeClosed()
    {
        await using var scenario = await BillingScenario.StartAsync();
        scenario.Host.Clock.Set(new DateTimeOffset(2026, 12, 1, 0, 2, 0, BusinessOffset));
        using var client = scenario.Operator();

        var response = await client.PostAsJsonAsync("/operator/billing/closes", new { period = "2026-11" });

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.Conflict, "period-not-ended");
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 5, 0, BusinessOffset), problem["closableFrom"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Close_LastDaysRollupMadeBeforeTheDayEnded_IsRecomputedFirst_AndBillsTheWholeDay()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        // Rolled up at noon of the 30th; the evening's calls reach only the raw records (the hourly roll-up did not run again).
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, new DateOnly(2026, 11, 30), 2);
        await scenario.MeterAsync(consumer, "sub-" + consumer, BillingProducts.Product, BillingProducts.Unit, new DateTimeOffset(2026, 11, 30, 23, 59, 59, BusinessOffset), 3);

        var result = await scenario.CloseAsync(BillingScenario.November);

        var line = Assert.Single((await scenario.LiveInvoiceAsync(consumer, BillingScenario.November)).Lines);
        Assert.Equal((5L, 5.00m), (line.Units, line.Amount));
        Assert.Contains(new DateOnly(2026, 11, 30), result.RollupDaysRecomputed);
        var report = await scenario.Service<ReconciliationService>().ReconcileAsync(BillingScenario.November, CancellationToken.None);
        Assert.True(report.Mismatches.Count == 0, string.Join("; ", report.Mismatches));
    }
}
