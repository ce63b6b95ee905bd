using DataZones.Marketplace.Scheduling;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// On the 1st of each month at 02:30 UTC (10:30 business time, after the hourly roll-ups have rolled up the month's
/// last day twice, so the close finds every day final): closes the previous business month into draft invoices and
/// reconciles it. Issuing the drafts
/// and settling the month are the operator's, after reviewing this line.
/// </summary>
public sealed class BillingCloseJob(BillingCloseService close, ReconciliationService reconciliation, BusinessCalendar calendar, TimeProvider time) : IScheduledJob
{
    public string FunctionName => "BillingClose";

    public string Schedule => "0 30 2 1 * *";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var previousMonth = BusinessCalendar.MonthOf(calendar.DayOf(time.GetUtcNow())).AddMonths(-1);
        var outcome = await close.CloseAsync(previousMonth, cancellationToken);
        // The previous month has always ended; if the service ever disagrees, that is a broken invariant, not an outcome.
        var closed = outcome.Closed ?? throw new InvalidOperationException($"The previous month {outcome.Period} ends only at {outcome.MonthEndText}.");
        var report = await reconciliation.ReconcileAsync(previousMonth, cancellationToken);
        return $"closed {closed.Period}: {closed.InvoicesCreated} invoices made ({closed.LinesCreated} lines, ¥{closed.TotalCreated:0.00}), "
            + $"{closed.InvoicesUnchanged} already closed, {closed.Unrated.Count} unrated, {closed.RollupDaysRecomputed.Count} roll-up days recomputed; "
            + $"reconciliation: {report.Summary}";
    }
}
