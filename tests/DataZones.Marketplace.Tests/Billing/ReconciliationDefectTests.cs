using Azure.Data.Tables;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Tests.Billing;

/// <summary>
/// Reconciliation that can disagree: each defect the billing review found is written into storage as the old code
/// left it, and reconciliation — which recomputes from the documents, the frozen policies and the previous month's
/// carries rather than with the code that settled — must report it.
/// </summary>
public sealed class ReconciliationDefectTests
{
    private static readonly DateOnly Oct5 = new(2026, 10, 5);
    private static readonly TimeSpan BusinessOffset = TimeSpan.FromHours(8);

    [Fact]
    public async Task Reconcile_VoidedDraftSettledAsIncome_IsReported()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 100);
        await scenario.CloseAsync(BillingScenario.October);
        var draft = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);
        await scenario.Service<InvoiceService>().VoidAsync(consumer, draft.Id, "wrong plan", "test", CancellationToken.None);
        await SettleCleanAsync(scenario);

        await SettleBehindTheRulesAsync(scenario, BillingScenario.October, draft);

        Assert.Contains("settled-vs-invoice", await ChecksAsync(scenario, BillingScenario.October));
    }

    [Fact]
    public async Task Reconcile_LateIssueSettledIntoTheClosedMonth_IsReported()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 100);
        await scenario.CloseAsync(BillingScenario.October);
        await scenario.Service<PeriodSettlementService>().SettleAsync(BillingScenario.October, CancellationToken.None);
        At(scenario, new DateOnly(2026, 11, 10));
        var invoice = (await scenario.Service<InvoiceService>().IssueAsync(consumer, (await scenario.LiveInvoiceAsync(consumer, BillingScenario.October)).Id, "test",
            CancellationToken.None)).Invoice!;

        await SettleBehindTheRulesAsync(scenario, BillingScenario.October, invoice);

        Assert.Contains("settled-vs-invoice", await ChecksAsync(scenario, BillingScenario.October));
    }

    [Fact]
    public async Task Reconcile_CreditNoteAgainstALiveInvoice_IsReported()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 100);
        await scenario.CloseAsync(BillingScenario.October);
        await scenario.Service<InvoiceService>().IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);
        var invoice = await scenario.LiveInvoiceAsync(consumer, BillingScenario.October);

        // What a void interrupted between writing the credit note and moving the invoice used to leave.
        await scenario.Service<InvoiceStore>().AddAsync(CreditNotes.For(invoice, scenario.Host.Clock.GetUtcNow()), CancellationToken.None);
        await scenario.Service<PeriodSettlementService>().SettleAsync(BillingScenario.October, CancellationToken.None);

        Assert.Contains("credit-note-pairing", await ChecksAsync(scenario, BillingScenario.October));
    }

    [Fact]
    public async Task Reconcile_LineSettledUnderAnotherSplitThanItsFrozenPolicy_IsReported()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 100);
        await scenario.CloseAsync(BillingScenario.October);
        await SettleCleanAsync(scenario);
        Assert.Empty(await ChecksAsync(scenario, BillingScenario.October));

        // The frozen policy says holder-b: the line (and its statements, consistently) paid holder-a.
        var table = await scenario.Service<PlatformTables>().GetAsync("settlements");
        var row = (await table.GetEntityAsync<TableEntity>("policy-202610", BillingProducts.Product)).Value;
        row["Document"] = row.GetString("Document")!.Replace("holder-a", "holder-b", StringComparison.Ordinal);
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        Assert.Contains("settled-vs-policy", await ChecksAsync(scenario, BillingScenario.October));
    }

    [Fact]
    public async Task Reconcile_NegativeRemittance_IsReported()
    {
        await using var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Unit, Oct5, 100);
        await scenario.CloseAsync(BillingScenario.October);
        await SettleCleanAsync(scenario);

        await scenario.Service<RemittanceStore>().WriteAsync(BillingScenario.October, [new RemittanceStore.Row("holder:holder-a", 70.00m, 0.00m, -70.00m, 0.00m, 1)],
            CancellationToken.None);

        Assert.Contains("remittance-netting", await ChecksAsync(scenario, BillingScenario.October));
    }

    private static async Task SettleCleanAsync(BillingScenario scenario)
    {
        await scenario.Service<BillingCloseService>().CloseAsync(BillingScenario.October, CancellationToken.None);
        await scenario.Service<InvoiceService>().IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);
        await scenario.Service<PeriodSettlementService>().SettleAsync(BillingScenario.October, CancellationToken.None);
    }

    /// <summary>Writes a document's lines into a month's settlement directly, as the old code's rules would have.</summary>
    private static async Task SettleBehindTheRulesAsync(BillingScenario scenario, DateOnly month, Invoice document) =>
        await scenario.Service<SettlementWriter>().SettleAsync(month,
            [.. document.Lines.Select(l => new SettlementInput(document.Id, l.LineNumber, document.ConsumerId, l.ProductId, document.PeriodStart, l.Amount))],
            CancellationToken.None);

    private static async Task<IReadOnlyList<string>> ChecksAsync(BillingScenario scenario, DateOnly month) =>
        [.. (await scenario.Service<ReconciliationService>().ReconcileAsync(month, CancellationToken.None)).Mismatches.Select(m => m.Check).Distinct()];

    private static void At(BillingScenario scenario, DateOnly day) =>
        scenario.Host.Clock.Set(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), BusinessOffset));
}
