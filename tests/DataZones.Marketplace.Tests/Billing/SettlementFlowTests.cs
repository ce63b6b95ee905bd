using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Tests.Billing;

public sealed class SettlementFlowTests
{
    private static readonly DateOnly Oct5 = new(2026, 10, 5);

    [Fact]
    public async Task DomainExample_A25000Line_SettlesHolder14500AndOperator10500()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 25_000);
        await scenario.CloseAsync(BillingScenario.October);
        using var client = scenario.Operator();
        (await client.PostAsync("/operator/billing/periods/2026-10/issue", null)).EnsureSuccessStatusCode();

        var settled = JsonNode.Parse(await (await client.PostAsJsonAsync("/operator/billing/settlements", new { period = "2026-10" })).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
        var holder = JsonNode.Parse(await client.GetStringAsync("/operator/billing/periods/2026-10/statements/holder:holder-a"))!;
        var operatorStatement = JsonNode.Parse(await client.GetStringAsync("/operator/billing/periods/2026-10/statements/operator:operator"))!;
        var income = JsonNode.Parse(await client.GetStringAsync("/operator/billing/periods/2026-10/income"))!;
        var csv = await (await client.GetAsync("/operator/billing/periods/2026-10/remittances.csv")).EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();

        Assert.Equal(1, settled["linesSettled"]!.GetValue<int>());
        Assert.Equal("14500.00", holder["total"]!.ToString());
        Assert.Equal("10500.00", operatorStatement["total"]!.ToString());
        Assert.Equal(0, holder["entries"]![0]!["policyVersion"]!.GetValue<int>()); // the documented default policy
        Assert.Equal(("25000.00", "14500.00", "10500.00"), (income["revenue"]!.ToString(), income["holders"]!.ToString(), income["operator"]!.ToString()));
        Assert.Equal(
            ["period,holderId,item,itemEnglish,shares,broughtForward,amount,carriedForward,transactions,dueDate", "2026-10,holder-a,数据资产使用收入,data asset use income,14500.00,0.00,14500.00,0.00,1,2026-11-15"],
            Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').TrimEnd().Split("\r\n"));

        // The holder reads its own statement with its own key; another holder sees nothing of it.
        using var holderA = scenario.Host.Client(await StaffKeyAsync(client, "holder-a"));
        using var holderB = scenario.Host.Client(await StaffKeyAsync(client, "holder-b"));
        Assert.Equal("14500.00", JsonNode.Parse(await holderA.GetStringAsync("/holder/statements/2026-10"))!["total"]!.ToString());
        Assert.Empty(JsonNode.Parse(await holderB.GetStringAsync("/holder/statements/2026-10"))!["entries"]!.AsArray());
    }

    private static async Task<string> StaffKeyAsync(HttpClient operatorClient, string holderId) =>
        JsonNode.Parse(await (await operatorClient.PostAsJsonAsync("/operator/staff-keys", new { ownerId = holderId, roles = new[] { "DataHolder" } }))
            .EnsureSuccessStatusCode().Content.ReadAsStringAsync())!["key"]!.GetValue<string>();

    [Fact]
    public async Task Settle_RunTwice_SecondRunChangesNothing()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.FusionProduct, BillingProducts.Unit, Oct5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Micro, Oct5, 1, 1, 1);
        await scenario.CloseAsync(BillingScenario.October);
        await scenario.Service<InvoiceService>().IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);
        var settlement = scenario.Service<PeriodSettlementService>();
        var store = scenario.Service<SettlementStore>();

        var first = (await settlement.SettleAsync(BillingScenario.October, CancellationToken.None)).Settled!;
        var linesBefore = await store.LinesAsync(BillingScenario.October, CancellationToken.None);
        var second = (await settlement.SettleAsync(BillingScenario.October, CancellationToken.None)).Settled!;
        var linesAfter = await store.LinesAsync(BillingScenario.October, CancellationToken.None);

        Assert.Equal((2, 0), (first.LinesSettled, first.LinesAlreadySettled));
        Assert.Equal((0, 2), (second.LinesSettled, second.LinesAlreadySettled));
        Assert.Equal(linesBefore.Select(Flatten), linesAfter.Select(Flatten));
        var fusion = linesAfter.Single(l => l.ProductId == BillingProducts.FusionProduct);
        // ¥11.00 under the default: 7.70 to the two holders (3.85 each), 3.30 to the operator.
        Assert.Equal([("holder:holder-a", 3.85m), ("holder:holder-b", 3.85m), ("operator:operator", 3.30m)], fusion.Parts.Select(p => (p.Party, p.Amount)));
    }

    [Fact]
    public async Task Settle_CreditNoteSettlesInItsOwnMonthAsAnAdjustingEntry()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 25_000);
        await scenario.CloseAsync(BillingScenario.October);
        var settlement = scenario.Service<PeriodSettlementService>();
        var reports = scenario.Service<SettlementReports>();
        var invoice = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        await scenario.Service<InvoiceService>().IssueAsync(consumer, invoice.Id, "test", CancellationToken.None);
        var october = (await settlement.SettleAsync(BillingScenario.October, CancellationToken.None)).Settled!;
        var octoberBefore = await reports.StatementAsync(BillingScenario.October, "holder:holder-a", CancellationToken.None);

        scenario.Host.Clock.Set(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.FromHours(8)));
        await scenario.Service<InvoiceService>().VoidAsync(consumer, invoice.Id, "disputed", "test", CancellationToken.None);
        var octoberRerun = (await settlement.SettleAsync(BillingScenario.October, CancellationToken.None)).Settled!;
        var novemberEarly = await settlement.SettleAsync(BillingScenario.November, CancellationToken.None);
        scenario.AfterMonth(BillingScenario.November);
        var november = (await settlement.SettleAsync(BillingScenario.November, CancellationToken.None)).Settled!;

        Assert.Equal(1, october.LinesSettled);
        Assert.Equal(0, octoberRerun.LinesSettled);
        Assert.Null(novemberEarly.Settled); // a month settles once it has ended
        Assert.Equal(1, november.LinesSettled);
        Assert.Equal(14500.00m, (await reports.StatementAsync(BillingScenario.October, "holder:holder-a", CancellationToken.None)).Total);
        Assert.Equal(octoberBefore.Entries, (await reports.StatementAsync(BillingScenario.October, "holder:holder-a", CancellationToken.None)).Entries);
        Assert.Equal(-14500.00m, (await reports.StatementAsync(BillingScenario.November, "holder:holder-a", CancellationToken.None)).Total);
        Assert.Equal(-10500.00m, (await reports.StatementAsync(BillingScenario.November, "operator:operator", CancellationToken.None)).Total);
    }

    [Fact]
    public async Task SavePolicy_InvalidPolicy_ReportsEveryViolationAndAValidOneSettlesFromItsMonth()
    {
        await using var scenario = await BillingScenario.StartAsync();
        using var client = scenario.Operator();
        var invalid = new
        {
            effectiveFrom = "2026-10-01",
            bracketUnit = "amount",
            brackets = new object[] { new { upTo = 100m, holderShare = 0.6m, operatorShare = 0.3m }, new { upTo = (decimal?)null, holderShare = 0.8m, operatorShare = 0.2m } },
            holders = new[] { new { id = "holder-a", weight = 1m } },
        };
        var valid = new
        {
            effectiveFrom = "2026-12-01",
            bracketUnit = "amount",
            brackets = new object[] { new { upTo = 100m, holderShare = 0.6m, operatorShare = 0.4m }, new { upTo = (decimal?)null, holderShare = 0.2m, operatorShare = 0.8m } },
            holders = new[] { new { id = "holder-a", weight = 1m } },
        };

        var rejected = await client.PostAsJsonAsync($"/operator/billing/policies/{BillingProducts.Product}", invalid);
        var saved = await client.PostAsJsonAsync($"/operator/billing/policies/{BillingProducts.Product}", valid);
        var missing = await client.PostAsJsonAsync("/operator/billing/policies/no.such-product", valid);
        var policies = scenario.Service<AllocationPolicyService>();
        var november = await policies.InForceAsync(BillingProducts.Product, BillingScenario.November, CancellationToken.None);
        var december = await policies.InForceAsync(BillingProducts.Product, new DateOnly(2026, 12, 1), CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        var problem = JsonNode.Parse(await rejected.Content.ReadAsStringAsync())!;
        Assert.Equal("/problems/invalid-allocation-policy", problem["type"]!.GetValue<string>());
        Assert.Equal(
            [PolicyViolationCodes.SharesDoNotSumToOne, PolicyViolationCodes.OperatorShareDecreases, PolicySaveViolationCodes.EffectiveFromInPast],
            problem["errors"]!.AsArray().Select(e => e!["rule"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(november!.IsDefault);
        Assert.Equal((false, 1), (december!.IsDefault, december.Policy.Version));
    }

    private static string Flatten(SettledLine l) => $"{l.LineKey} {l.Revenue} {l.PolicyVersion} " + string.Join(";", l.Parts.Select(p => $"{p.Party}={p.Amount}"));
}
