using System.Net.Http.Json;
using DataZones.Marketplace.Billing;

namespace DataZones.Marketplace.Tests.Billing;

public sealed class BillingCloseTests
{
    private static readonly DateOnly Oct5 = new(2026, 10, 5);
    private static readonly DateOnly Oct20 = new(2026, 10, 20);

    [Fact]
    public async Task Close_GraduatedTiers_RatesTheMonthTotalNotEachDay()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Tiers, Oct5, 4, 4);
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Tiers, Oct20, 7);

        var result = await scenario.CloseAsync(BillingScenario.October);

        Assert.Equal(1, result.InvoicesCreated);
        var line = Assert.Single((await scenario.LiveInvoiceAsync(consumer, BillingScenario.October)).Lines);
        Assert.Equal(15, line.Units);
        // 10 × 0.50 + 5 × 0.40, not (8 + 7) days rated apart (8 × 0.50 + 7 × 0.50 would be 7.50).
        Assert.Equal(7.00m, line.Amount);
        Assert.Equal([10L, 5L], line.Tiers.Select(t => t.Units));
    }

    [Fact]
    public async Task Close_MonthlyPlanWithOverage_BillsFeePlusUnitsBeyondIncluded()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Monthly, Oct5, 6);
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Monthly, Oct20, 7);

        await scenario.CloseAsync(BillingScenario.October);

        var line = Assert.Single((await scenario.LiveInvoiceAsync(consumer, BillingScenario.October)).Lines);
        Assert.Equal((13L, 10L, 3L), (line.Units, line.IncludedUnitsUsed, line.OverageUnits));
        Assert.Equal(106.00m, line.Amount);
    }

    [Fact]
    public async Task Close_MonthlySubscriptionWithoutAnyCall_StillBillsTheFee_AndReconciles()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (idle, idleKey) = await scenario.ConsumerAsync();
        scenario.Host.Clock.Set(new DateTimeOffset(2026, 10, 3, 9, 0, 0, TimeSpan.FromHours(8)));
        using (var client = scenario.Host.Client(idleKey))
        {
            (await client.PostAsJsonAsync("/me/subscriptions", new { productId = BillingProducts.Product, planId = BillingProducts.Monthly })).EnsureSuccessStatusCode();
        }
        var (payAsYouGo, payAsYouGoKey) = await scenario.ConsumerAsync();
        using (var client = scenario.Host.Client(payAsYouGoKey))
        {
            (await client.PostAsJsonAsync("/me/subscriptions", new { productId = BillingProducts.Product, planId = BillingProducts.Tiers })).EnsureSuccessStatusCode();
        }

        var result = await scenario.CloseAsync(BillingScenario.October);

        var line = Assert.Single((await scenario.LiveInvoiceAsync(idle, BillingScenario.October)).Lines);
        Assert.Equal((BillingProducts.Monthly, 0L, 100.00m), (line.PlanId, line.Units, line.Amount));
        Assert.Equal(1, result.InvoicesCreated); // a pay-per-use subscription without calls owes nothing
        Assert.Empty(await scenario.Service<InvoiceStore>().InvoicesForMonthAsync(payAsYouGo, BillingScenario.October, CancellationToken.None));
        var report = await scenario.Service<ReconciliationService>().ReconcileAsync(BillingScenario.October, CancellationToken.None);
        Assert.True(report.Mismatches.Count == 0, string.Join("; ", report.Mismatches));
    }

    [Fact]
    public async Task Close_MonthlySubscriptionCreatedAfterTheMonth_OwesNothingForIt()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (late, lateKey) = await scenario.ConsumerAsync();
        scenario.Host.Clock.Set(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        using (var client = scenario.Host.Client(lateKey))
        {
            (await client.PostAsJsonAsync("/me/subscriptions", new { productId = BillingProducts.Product, planId = BillingProducts.Monthly })).EnsureSuccessStatusCode();
        }

        var result = await scenario.CloseAsync(BillingScenario.October);

        Assert.Equal(0, result.InvoicesCreated);
        Assert.Empty(await scenario.Service<InvoiceStore>().InvoicesForMonthAsync(late, BillingScenario.October, CancellationToken.None));
    }

    [Fact]
    public async Task Close_HardCappedPlan_ListsUnitsBeyondTheCapWithoutBillingThem()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Capped, Oct5, 4, 3);

        await scenario.CloseAsync(BillingScenario.October);

        var line = Assert.Single((await scenario.LiveInvoiceAsync(consumer, BillingScenario.October)).Lines);
        Assert.Equal((7L, 5L, 2L), (line.Units, line.BilledUnits, line.UnitsBeyondCap));
        Assert.Equal(50.00m, line.Amount);
    }

    [Fact]
    public async Task Close_FractionOfAFenPerCall_RoundsOnceOnTheLine()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Micro, Oct5, 1, 1, 1);

        await scenario.CloseAsync(BillingScenario.October);

        var invoice = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        var line = Assert.Single(invoice.Lines);
        Assert.Equal(0.0375m, line.ExactAmount);
        Assert.Equal(0.04m, line.Amount);
        Assert.Equal(0.04m, invoice.Total);
    }

    [Fact]
    public async Task Close_SeveralProductsAndPlans_OneLinePerProductAndPlanInOrder()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 2);
        await scenario.UseAsync(consumer, BillingProducts.FusionProduct, BillingProducts.Unit, Oct5, 3);
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Capped, Oct20, 1);

        await scenario.CloseAsync(BillingScenario.October);

        var invoice = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        Assert.Equal(
            [(1, BillingProducts.Product, BillingProducts.Capped, 50.00m), (2, BillingProducts.Product, BillingProducts.Unit, 2.00m), (3, BillingProducts.FusionProduct, BillingProducts.Unit, 3.00m)],
            invoice.Lines.Select(l => (l.LineNumber, l.ProductId, l.PlanId, l.Amount)));
        Assert.Equal(55.00m, invoice.Total);
        Assert.Equal((InvoiceState.Draft, 1), (invoice.State, invoice.Revision));
    }

    [Fact]
    public async Task Close_RunTwice_SecondRunChangesNothing()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        var (idle, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 5);
        var first = await scenario.CloseAsync(BillingScenario.October);
        var before = await scenario.Service<InvoiceStore>().ListForConsumerAsync(consumer, CancellationToken.None);

        scenario.Host.Clock.Advance(TimeSpan.FromDays(1));
        var second = (await scenario.Service<BillingCloseService>().CloseAsync(BillingScenario.October, CancellationToken.None)).Closed!;

        Assert.Equal((1, 0), (first.InvoicesCreated, first.InvoicesUnchanged));
        Assert.Equal((0, 1), (second.InvoicesCreated, second.InvoicesUnchanged));
        var after = await scenario.Service<InvoiceStore>().ListForConsumerAsync(consumer, CancellationToken.None);
        Assert.Equal(before.Select(b => (b.Document.Id, b.Document.CreatedAt, b.ETag)), after.Select(a => (a.Document.Id, a.Document.CreatedAt, a.ETag)));
        Assert.Empty(await scenario.Service<InvoiceStore>().ListForConsumerAsync(idle, CancellationToken.None));
    }
}
