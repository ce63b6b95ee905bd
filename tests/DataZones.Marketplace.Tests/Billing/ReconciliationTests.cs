using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using DataZones.Marketplace.Billing;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Scheduling;

namespace DataZones.Marketplace.Tests.Billing;

public sealed class ReconciliationTests
{
    private static readonly DateOnly Oct5 = new(2026, 10, 5);
    private static readonly DateOnly Oct6 = new(2026, 10, 6);

    [Fact]
    public async Task BillingCloseJob_CleanMonth_ClosesAndLogsBalanced()
    {
        await using var scenario = await ClosedAndSettledAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Tiers, Oct6, 30);
        scenario.AfterMonth(BillingScenario.October);
        var job = scenario.Service<IEnumerable<IScheduledJob>>().Single(j => j.FunctionName == "BillingClose");

        var line = await job.RunAsync(CancellationToken.None);

        Assert.StartsWith("closed 2026-10: 1 invoices made", line, StringComparison.Ordinal);
        Assert.Contains("reconciliation: balanced", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_ClosedAndSettledMonth_IsBalancedThroughTheApi()
    {
        await using var scenario = await ClosedAndSettledAsync();
        using var client = scenario.Operator();

        var report = JsonNode.Parse(await (await client.PostAsJsonAsync("/operator/billing/reconciliations", new { period = "2026-10" })).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;

        Assert.Equal("balanced", report["status"]!.GetValue<string>());
        Assert.Empty(report["mismatches"]!.AsArray());
        Assert.Equal(2, report["settledLinesChecked"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reconcile_RawUsageRecordAltered_ReportsTheRollupsThatNoLongerMatch()
    {
        await using var scenario = await ClosedAndSettledAsync();
        var usage = scenario.Service<PlatformTables>().GetExisting("usage" + Keys.Day(Oct5));
        var record = await FirstAsync(usage.QueryAsync<TableEntity>());
        record["Units"] = record.GetInt64("Units")!.Value + 1;
        await usage.UpdateEntityAsync(record, record.ETag, TableUpdateMode.Merge);

        var report = await scenario.Service<ReconciliationService>().ReconcileAsync(BillingScenario.October, CancellationToken.None);

        Assert.Equal(ReconciliationReport.Unbalanced, report.Status);
        Assert.Equal(["consumer-rollup-vs-raw", "rollup-vs-raw"], report.Mismatches.Select(m => m.Check).Order(StringComparer.Ordinal));
        Assert.All(report.Mismatches, m => Assert.StartsWith("2026-10-05 ", m.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconcile_RollupAltered_ReportsItAgainstRawUsageAndTheInvoice()
    {
        await using var scenario = await ClosedAndSettledAsync();
        var rollups = await scenario.Service<PlatformTables>().GetAsync("rollups");
        var row = await FirstAsync(rollups.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey gt {"c-"} and PartitionKey lt {"d-"}")));
        row["Units"] = row.GetInt64("Units")!.Value + 5;
        await rollups.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge);

        var report = await scenario.Service<ReconciliationService>().ReconcileAsync(BillingScenario.October, CancellationToken.None);

        Assert.Equal(["consumer-rollup-vs-raw", "invoice-vs-rollups"], report.Mismatches.Select(m => m.Check).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reconcile_InvoiceLineAltered_ReportsTheLineTheTotalAndTheSettlement()
    {
        await using var scenario = await ClosedAndSettledAsync();
        var invoices = await scenario.Service<PlatformTables>().GetAsync("invoices");
        var line = await FirstAsync(invoices.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {"c-"} and PartitionKey lt {"c."}")), e => e.RowKey.Contains('|', StringComparison.Ordinal));
        line["Amount"] = "999.00";
        await invoices.UpdateEntityAsync(line, line.ETag, TableUpdateMode.Merge);

        var report = await scenario.Service<ReconciliationService>().ReconcileAsync(BillingScenario.October, CancellationToken.None);

        Assert.Equal(["invoice-total", "invoice-vs-rollups", "settled-vs-invoice"], report.Mismatches.Select(m => m.Check).Order(StringComparer.Ordinal));
        Assert.Contains(report.Mismatches, m => m.Check == "invoice-vs-rollups" && m.Actual.EndsWith("¥999.00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reconcile_StatementEntryAltered_ReportsTheStatement()
    {
        await using var scenario = await ClosedAndSettledAsync();
        var settlements = await scenario.Service<PlatformTables>().GetAsync("settlements");
        var entry = await FirstAsync(settlements.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {"s-202610-holder:"} and PartitionKey lt {"s-202610-holder;"}")));
        entry["Amount"] = "0.01";
        await settlements.UpdateEntityAsync(entry, entry.ETag, TableUpdateMode.Merge);

        var report = await scenario.Service<ReconciliationService>().ReconcileAsync(BillingScenario.October, CancellationToken.None);

        // The remittance list was netted from the shares when the month settled, so it still agrees with them.
        Assert.Equal(["statement-vs-shares"], report.Mismatches.Select(m => m.Check).Order(StringComparer.Ordinal));
    }

    /// <summary>One consumer with two products over two days, closed, issued and settled.</summary>
    private static async Task<BillingScenario> ClosedAndSettledAsync()
    {
        var scenario = await BillingScenario.StartAsync();
        var (consumer, _) = await scenario.ConsumerAsync();
        await scenario.UseAsync(consumer, BillingProducts.Product, BillingProducts.Tiers, Oct5, 6, 6);
        await scenario.UseAsync(consumer, BillingProducts.FusionProduct, BillingProducts.Unit, Oct6, 3);
        await scenario.CloseAsync(BillingScenario.October);
        await scenario.Service<InvoiceService>().IssuePeriodAsync(BillingScenario.October, "test", CancellationToken.None);
        await scenario.Service<PeriodSettlementService>().SettleAsync(BillingScenario.October, CancellationToken.None);
        return scenario;
    }

    private static async Task<TableEntity> FirstAsync(IAsyncEnumerable<TableEntity> rows, Func<TableEntity, bool>? where = null)
    {
        await foreach (var row in rows)
        {
            if (where is null || where(row)) return row;
        }
        throw new InvalidOperationException("No row matched.");
    }
}
