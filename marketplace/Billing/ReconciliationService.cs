using DataZones.Marketplace.Consumers;
using Microsoft.Extensions.Logging;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Reconciles a month end to end: roll-ups = raw usage recomputed; invoice lines = rated roll-ups; party shares add
/// up to each settled line and match the statements; remittances = the holders' shares. It reads every raw record
/// of the month, so it is a check run after the close (the BillingClose job logs its summary), not part of it.
/// </summary>
public sealed partial class ReconciliationService(ConsumerStore consumers, UsageReconciler usage, InvoiceReconciler invoices,
    SettlementReconciler settlement, ILogger<ReconciliationService> logger)
{
    public async Task<ReconciliationReport> ReconcileAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var mismatches = new List<ReconciliationMismatch>();
        var known = (await consumers.ListAsync(cancellationToken)).Select(c => c.Id);
        var (rollups, byConsumer) = await usage.CheckAsync(periodStart, known, mismatches, cancellationToken);
        var invoiceLines = await invoices.CheckAsync(periodStart, byConsumer, mismatches, cancellationToken);
        var (settled, unsettled) = await settlement.CheckAsync(periodStart, mismatches, cancellationToken);
        var report = new ReconciliationReport(BillingPeriod.Format(periodStart), mismatches.Count == 0 ? ReconciliationReport.Balanced : ReconciliationReport.Unbalanced,
            rollups, invoiceLines, settled, unsettled, mismatches);
        LogReconciled(logger, report.Period, report.Summary);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation of {Period}: {Summary}")]
    private static partial void LogReconciled(ILogger logger, string period, string summary);
}
