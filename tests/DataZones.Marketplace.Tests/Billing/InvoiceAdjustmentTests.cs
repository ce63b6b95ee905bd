using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Usage;

namespace DataZones.Marketplace.Tests.Billing;

/// <summary>An invoice line is its fee plus what its calls were told plus the one adjustment that reconciles them.</summary>
public sealed class InvoiceAdjustmentTests
{
    private static readonly DateOnly Oct5 = new(2026, 10, 5);

    [Fact]
    public async Task Close_CallsMeteredByInstancesThatDidNotKnowEachOthersUnits_LineShowsTheAdjustment()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        // Tiers: 1–10 at ¥0.50, 11–100 at ¥0.40. Two instances each price their 8 units from the first tier.
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Tiers, Oct5, 8);
        scenario.StartAnotherInstance();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Tiers, Oct5, 8);

        await scenario.CloseAsync(BillingScenario.October);

        var line = Assert.Single((await scenario.LiveInvoiceAsync(consumer, BillingScenario.October)).Lines);
        // Told 8 × 0.50 twice = 8.00; the month is 10 × 0.50 + 6 × 0.40 = 7.40.
        Assert.Equal((8.00m, -0.60m, 7.40m, 7.40m), (line.MeteredAmount, line.AdjustmentAmount, line.ExactAmount, line.Amount));
        Assert.Equal(line.ExactAmount, line.MonthlyFee + line.MeteredAmount + line.AdjustmentAmount);
    }

    [Fact]
    public async Task Close_EveryCallPricedKnowingTheMonth_NoAdjustmentAndTheUsageAddsUpToTheLine()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Monthly, Oct5, 4, 4, 4);
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Monthly, new DateOnly(2026, 10, 6), 3);

        await scenario.CloseAsync(BillingScenario.October);

        var invoice = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        var line = Assert.Single(invoice.Lines);
        var usage = await scenario.Service<InvoiceQueries>().UsageAsync(consumer, invoice.Id, includeDrafts: true, CancellationToken.None);
        // ¥100 with 10 included, then ¥2: 15 units owe 100 + 5 × 2; the calls were told 0, 0, 2 × 2, 3 × 2.
        Assert.Equal((100.00m, 10m, 0m, 110.00m), (line.MonthlyFee, line.MeteredAmount, line.AdjustmentAmount, line.Amount));
        Assert.Equal(line.MeteredAmount, usage!.Sum(r => r.Amount));
    }
}
