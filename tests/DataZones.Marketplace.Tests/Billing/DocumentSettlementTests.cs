using System.Text.Json.Nodes;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Tests.Billing;

/// <summary>
/// Documents settle once, in the month they become final (docs/billing.md, "Which month a document settles in"):
/// only issued documents settle, a voided draft settles nothing and gets no credit note, a late issue or a revision
/// settles in the month it is made, and a closed month's statements never change.
/// </summary>
public sealed class DocumentSettlementTests
{
    private static readonly DateOnly Oct5 = new(2026, 10, 5);
    private static readonly DateOnly December = new(2026, 12, 1);
    private static readonly TimeSpan BusinessOffset = TimeSpan.FromHours(8);

    [Fact]
    public async Task VoidDraft_ThenRevisionIssued_SettlesOnlyTheRevisionAndMakesNoCreditNote()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, key) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 100);
        await scenario.CloseAsync(BillingScenario.October);
        var draft = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        var invoices = scenario.Service<InvoiceService>();

        var (outcome, _) = await invoices.VoidAsync(consumer, draft.Id, "wrong plan", "test", CancellationToken.None);
        await scenario.Service<BillingCloseService>().CloseAsync(BillingScenario.October, CancellationToken.None);
        await invoices.IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);
        await SettleAsync(scenario, BillingScenario.October);
        scenario.AfterMonth(BillingScenario.November);
        await SettleAsync(scenario, BillingScenario.November);

        Assert.Equal(InvoiceOutcome.Done, outcome);
        var documents = await scenario.Service<InvoiceStore>().ListForConsumerAsync(consumer, CancellationToken.None);
        Assert.DoesNotContain(documents, d => d.Document.Kind == InvoiceKind.CreditNote);
        var reports = scenario.Service<SettlementReports>();
        Assert.Equal(100.00m, (await reports.IncomeAsync(BillingScenario.October, CancellationToken.None)).Revenue);
        Assert.Equal([70.00m], (await reports.RemittancesAsync(BillingScenario.October, CancellationToken.None)).Select(r => r.Amount));
        Assert.Equal(0, (await reports.IncomeAsync(BillingScenario.November, CancellationToken.None)).Transactions);
        using var client = scenario.Host.Client(key);
        var mine = JsonNode.Parse(await client.GetStringAsync("/me/invoices"))!.AsArray();
        Assert.Equal([InvoiceIds.Invoice(BillingScenario.October, consumer, 2)], mine.Select(d => d!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task LateIssue_AfterTheMonthWasSettled_SettlesInTheMonthOfIssueAndLeavesTheClosedMonthAlone()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 100);
        await scenario.CloseAsync(BillingScenario.October);
        await SettleAsync(scenario, BillingScenario.October); // the draft waits: October is settled without it
        var invoice = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);

        At(scenario, new DateOnly(2026, 11, 10));
        await scenario.Service<InvoiceService>().IssueAsync(consumer, invoice.Id, "test", CancellationToken.None);
        await SettleAsync(scenario, BillingScenario.October);
        scenario.AfterMonth(BillingScenario.November);
        await SettleAsync(scenario, BillingScenario.November);

        var reports = scenario.Service<SettlementReports>();
        Assert.Equal(0, (await reports.IncomeAsync(BillingScenario.October, CancellationToken.None)).Transactions);
        Assert.Equal(100.00m, (await reports.IncomeAsync(BillingScenario.November, CancellationToken.None)).Revenue);
    }

    [Fact]
    public async Task RevisionAfterVoid_SettlesWithItsCreditNoteInTheMonthMade_OctoberUnchanged()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 100);
        await scenario.CloseAsync(BillingScenario.October);
        var invoices = scenario.Service<InvoiceService>();
        await invoices.IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);
        await SettleAsync(scenario, BillingScenario.October);
        var reports = scenario.Service<SettlementReports>();
        var octoberBefore = await reports.StatementAsync(BillingScenario.October, "holder:holder-a", CancellationToken.None);
        var first = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);

        At(scenario, new DateOnly(2026, 11, 10));
        await invoices.VoidAsync(consumer, first.Id, "wrong units", "test", CancellationToken.None);
        await scenario.Service<BillingCloseService>().CloseAsync(BillingScenario.October, CancellationToken.None);
        await invoices.IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);
        await SettleAsync(scenario, BillingScenario.October);
        scenario.AfterMonth(BillingScenario.November);
        await SettleAsync(scenario, BillingScenario.November);

        Assert.Equal(octoberBefore.Entries, (await reports.StatementAsync(BillingScenario.October, "holder:holder-a", CancellationToken.None)).Entries);
        var november = await reports.StatementAsync(BillingScenario.November, "holder:holder-a", CancellationToken.None);
        Assert.Equal([(InvoiceIds.CreditNoteFor(first.Id), -70.00m), (InvoiceIds.Invoice(BillingScenario.October, consumer, 2), 70.00m)],
            november.Entries.Select(e => (e.DocumentId, e.Amount)));
    }

    [Fact]
    public async Task Remittance_CreditNoteLargerThanTheMonthsShares_NetsToZeroAndCarriesTheRestForward()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        var invoices = scenario.Service<InvoiceService>();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 100);
        await scenario.CloseAsync(BillingScenario.October);
        await invoices.IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);
        await SettleAsync(scenario, BillingScenario.October);
        var october = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        At(scenario, new DateOnly(2026, 11, 2));
        await invoices.VoidAsync(consumer, october.Id, "disputed", "test", CancellationToken.None); // −¥70.00 to the holder in November
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, new DateOnly(2026, 11, 5), 40); // +¥28.00
        await scenario.CloseAsync(BillingScenario.November);
        await invoices.IssuePeriodAsync(BillingScenario.November, "test", CancellationToken.None);
        await SettleAsync(scenario, BillingScenario.November);
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, new DateOnly(2026, 12, 5), 100); // +¥70.00
        await scenario.CloseAsync(December);
        await invoices.IssuePeriodAsync(December, "test", CancellationToken.None);
        await SettleAsync(scenario, December);

        var reports = scenario.Service<SettlementReports>();
        Assert.Equal([0.00m], (await reports.RemittancesAsync(BillingScenario.November, CancellationToken.None)).Select(r => r.Amount));
        Assert.Equal([28.00m], (await reports.RemittancesAsync(December, CancellationToken.None)).Select(r => r.Amount));
    }

    [Fact]
    public async Task Void_RacingAPayment_NeverLeavesAnIssuedCreditNoteAgainstALiveInvoice()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var invoices = scenario.Service<InvoiceService>();
        var store = scenario.Service<InvoiceStore>();
        var consumers = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var (consumer, _) = await scenario.ConsumerAsync();
            consumers.Add(consumer);
            await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 3);
        }
        await scenario.CloseAsync(BillingScenario.October);
        await invoices.IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);

        foreach (var consumer in consumers)
        {
            var id = (await scenario.LiveInvoiceAsync(consumer, BillingScenario.October)).Id;
            await Task.WhenAll(invoices.VoidAsync(consumer, id, "race", "test", CancellationToken.None), invoices.PayAsync(consumer, id, "test", CancellationToken.None));
        }

        foreach (var consumer in consumers)
        {
            var documents = (await store.ListForConsumerAsync(consumer, CancellationToken.None)).Select(d => d.Document).ToList();
            var invoice = documents.Single(d => d.Kind == InvoiceKind.Invoice);
            var creditNote = documents.SingleOrDefault(d => d.Kind == InvoiceKind.CreditNote);
            Assert.Equal(invoice.State == InvoiceState.Void, creditNote is not null);
        }
    }

    [Fact]
    public async Task CreditNote_DefaultPolicyHoldersChangedSinceTheInvoiceSettled_ReversesExactlyTheSettledSplit()
    {
        var prefix = DataZones.Testing.TestStorage.UniqueName("t");
        var shared = new Dictionary<string, string?> { ["Persistence:TablePrefix"] = prefix };
        string consumer;
        string invoiceId;
        await using (var before = await BillingScenario.StartAsync(shared))
        {
            (consumer, _) = await before.ConsumerAsync();
            await before.UseAsync(consumer, BillingProducts.FusionProduct, BillingProducts.Unit, Oct5, 100);
            await before.CloseAsync(BillingScenario.October);
            await before.Service<InvoiceService>().IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);
            await SettleAsync(before, BillingScenario.October);
            invoiceId = (await before.LiveInvoiceAsync(consumer, BillingScenario.October)).Id;
        }

        // The product's holders change (a new deployment): holder-b leaves, holder-c joins.
        await using var after = await BillingScenario.StartAsync(shared, fusionHolders: ["holder-a", "holder-c"]);
        At(after, new DateOnly(2026, 11, 10));
        await after.Service<InvoiceService>().VoidAsync(consumer, invoiceId, "disputed", "test", CancellationToken.None);
        after.AfterMonth(BillingScenario.November);
        await SettleAsync(after, BillingScenario.November);

        var store = after.Service<SettlementStore>();
        var settled = Assert.Single(await store.LinesAsync(BillingScenario.October, CancellationToken.None));
        var reversal = Assert.Single(await store.LinesAsync(BillingScenario.November, CancellationToken.None));
        Assert.Equal(settled.Parts.Select(p => (p.Party, -p.Amount)), reversal.Parts.Select(p => (p.Party, p.Amount)));
    }

    private static void At(BillingScenario scenario, DateOnly day) =>
        scenario.Host.Clock.Set(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), BusinessOffset));

    private static Task SettleAsync(BillingScenario scenario, DateOnly month) =>
        scenario.Service<PeriodSettlementService>().SettleAsync(month, CancellationToken.None);
}
