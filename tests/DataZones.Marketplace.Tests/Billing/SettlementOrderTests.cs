using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Billing;

namespace DataZones.Marketplace.Tests.Billing;

/// <summary>Months settle once they have ended, and in order, because remittance carries run forward.</summary>
public sealed class SettlementOrderTests
{
    [Fact]
    public async Task Settle_BeforeTheMonthEndsOrOutOfOrder_IsRefusedWithAProblem()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, new DateOnly(2026, 10, 5), 10);
        await scenario.CloseAsync(BillingScenario.October); // the clock is now 1 November, 10:30
        using var client = scenario.Operator();

        var november = await client.PostAsJsonAsync("/operator/billing/settlements", new { period = "2026-11" });
        scenario.AfterMonth(BillingScenario.November);
        var novemberBeforeOctober = await client.PostAsJsonAsync("/operator/billing/settlements", new { period = "2026-11" });
        var october = await client.PostAsJsonAsync("/operator/billing/settlements", new { period = "2026-10" });
        var novemberAfter = await client.PostAsJsonAsync("/operator/billing/settlements", new { period = "2026-11" });
        var septemberAfterwards = await scenario.Service<PeriodSettlementService>().SettleAsync(new DateOnly(2026, 9, 1), CancellationToken.None);
        var octoberAgain = await scenario.Service<PeriodSettlementService>().SettleAsync(BillingScenario.October, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Conflict, november.StatusCode);
        Assert.Equal("/problems/period-not-ended", JsonNode.Parse(await november.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, novemberBeforeOctober.StatusCode);
        var problem = JsonNode.Parse(await novemberBeforeOctober.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/settlement-out-of-order", problem["type"]!.GetValue<string>());
        Assert.Contains("2026-10", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, october.StatusCode);
        Assert.Equal(HttpStatusCode.OK, novemberAfter.StatusCode);
        Assert.NotNull(septemberAfterwards.OutOfOrder); // a later month is settled already
        Assert.NotNull(octoberAgain.Settled); // a settled month can always be run again
    }
}
