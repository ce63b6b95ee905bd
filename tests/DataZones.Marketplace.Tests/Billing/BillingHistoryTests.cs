using System.Net;
using System.Net.Http.Json;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Tests.Hosting;
using static DataZones.Marketplace.Tests.Billing.BillingScenario;

namespace DataZones.Marketplace.Tests.Billing;

/// <summary>History, not current state, decides money: plan changes, price versions and status history.</summary>
public sealed class BillingHistoryTests
{
    private static readonly DateOnly Oct5 = new(2026, 10, 5);
    private static readonly DateOnly Oct25 = new(2026, 10, 25);
    private static readonly DateOnly Nov3 = new(2026, 11, 3);

    [Fact]
    public async Task Close_PlanChangedWithinADay_TwoLinesEachRatedByItsOwnPlan()
    {
        await using var scenario = await StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        // Changing plan is cancel + resubscribe: the calls before and after belong to two subscriptions.
        await scenario.UseAsync(consumer, "sub-flat", BillingProducts.Product, BillingProducts.Unit, Oct5, 10);
        await scenario.UseAsync(consumer, "sub-tiers", BillingProducts.Product, BillingProducts.Tiers, Oct5, 1);

        await scenario.CloseAsync(October);

        var invoice = await scenario.LiveInvoiceAsync(consumer, October);
        Assert.Equal(
            [(BillingProducts.Tiers, 1L, 0.50m), (BillingProducts.Unit, 10L, 10.00m)],
            invoice.Lines.Select(l => (l.PlanId, l.Units, l.Amount)));
        Assert.Equal(10.50m, invoice.Total);
    }

    [Fact]
    public async Task Close_RequestWithdrawnBeforeApproval_OwesNoMonthlyFee()
    {
        await using var scenario = await StartAsync();
        var (consumer, key) = await scenario.ConsumerAsync();
        var (subscription, status) = await scenario.SubscribeAsync(key, BillingProducts.GuardedProduct, BillingProducts.Monthly, At(10, 3, 9));
        Assert.Equal("requested", status);
        await scenario.DecideAsync(consumer, subscription, "cancel", At(10, 10, 9));

        var result = await scenario.CloseAsync(October);

        Assert.Equal(0, result.InvoicesCreated);
        Assert.Empty(await scenario.Service<InvoiceStore>().InvoicesForMonthAsync(consumer, October, CancellationToken.None));
    }

    [Fact]
    public async Task Close_ApprovedOnlyAfterTheMonth_OwesNothingForIt_HoweverLateTheCloseRuns()
    {
        await using var scenario = await StartAsync();
        var (consumer, key) = await scenario.ConsumerAsync();
        var (subscription, _) = await scenario.SubscribeAsync(key, BillingProducts.GuardedProduct, BillingProducts.Monthly, At(10, 3, 9));
        await scenario.DecideAsync(consumer, subscription, "approve", At(11, 5, 9));

        scenario.Host.Clock.Set(At(11, 6, 9));
        var result = (await scenario.Service<BillingCloseService>().CloseAsync(October, CancellationToken.None)).Closed!;

        Assert.Equal(0, result.InvoicesCreated);
        var november = await scenario.CloseAsync(November);
        Assert.Equal(1, november.InvoicesCreated);
        Assert.Equal(100.00m, (await scenario.LiveInvoiceAsync(consumer, November)).Total);
    }

    [Fact]
    public async Task Close_ActiveForPartOfTheMonthThenCancelled_OwesTheWholeFee()
    {
        await using var scenario = await StartAsync();
        var (consumer, key) = await scenario.ConsumerAsync();
        var (subscription, _) = await scenario.SubscribeAsync(key, BillingProducts.GuardedProduct, BillingProducts.Monthly, At(10, 3, 9));
        await scenario.DecideAsync(consumer, subscription, "approve", At(10, 4, 9));
        await scenario.DecideAsync(consumer, subscription, "cancel", At(10, 20, 9));

        await scenario.CloseAsync(October);
        var november = await scenario.CloseAsync(November);

        Assert.Equal(100.00m, (await scenario.LiveInvoiceAsync(consumer, October)).Total);
        Assert.Equal(0, november.InvoicesCreated);
    }

    [Fact]
    public async Task Close_PriceChangedOnThe20th_BillsEachMonthAtThePriceInForceWhenTheUnitsWereUsed()
    {
        await using var scenario = await StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 10);
        scenario.Host.Clock.Set(At(10, 20, 9));
        Assert.Equal(HttpStatusCode.OK, (await SavePlansAsync(scenario, unitPrice: 2m, effectiveFrom: "2026-11")).StatusCode);
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct25, 5);
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Nov3, 5);

        await scenario.CloseAsync(October);
        await scenario.CloseAsync(November);

        Assert.Equal(15.00m, (await scenario.LiveInvoiceAsync(consumer, October)).Total);
        Assert.Equal(10.00m, (await scenario.LiveInvoiceAsync(consumer, November)).Total);
        var report = await scenario.Service<ReconciliationService>().ReconcileAsync(October, CancellationToken.None);
        Assert.True(report.Mismatches.Count == 0, string.Join("; ", report.Mismatches));
    }

    [Fact]
    public async Task Close_PriceChangedOnThe1stBeforeTheClose_DoesNotRepriceTheEndedMonth()
    {
        await using var scenario = await StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 10);
        scenario.Host.Clock.Set(At(11, 1, 9));
        Assert.Equal(HttpStatusCode.OK, (await SavePlansAsync(scenario, unitPrice: 2m, effectiveFrom: "2026-12")).StatusCode);

        await scenario.CloseAsync(October);

        Assert.Equal(10.00m, (await scenario.LiveInvoiceAsync(consumer, October)).Total);
    }

    [Theory]
    [InlineData("2026-10")] // the month under way: would reprice calls already receipted
    [InlineData("2026-09")]
    public async Task SavePlans_EffectiveBeforeTheNextMonth_Is400(string effectiveFrom)
    {
        await using var scenario = await StartAsync();
        scenario.Host.Clock.Set(At(10, 20, 9));

        var response = await SavePlansAsync(scenario, unitPrice: 2m, effectiveFrom);

        var problem = await ProblemAssert.IsAsync(response, HttpStatusCode.BadRequest, "validation-failed");
        Assert.Equal("effective-from-too-soon", problem["errors"]![0]!["rule"]!.GetValue<string>());
    }

    private static async Task<HttpResponseMessage> SavePlansAsync(BillingScenario scenario, decimal unitPrice, string effectiveFrom)
    {
        using var client = scenario.Operator();
        return await client.PutAsJsonAsync($"/operator/catalog/products/{BillingProducts.Product}/plans?effectiveFrom={effectiveFrom}", new object[]
        {
            new { id = BillingProducts.Unit, kind = "pay-per-use", tiers = new[] { new { upToUnits = (long?)null, unitPrice } } },
            new { id = BillingProducts.Tiers, kind = "pay-per-use", tiers = new object[] { new { upToUnits = 10L, unitPrice = 0.50m }, new { upToUnits = (long?)null, unitPrice = 0.40m } } },
        });
    }
}
