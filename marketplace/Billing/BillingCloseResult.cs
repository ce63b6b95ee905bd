namespace DataZones.Marketplace.Billing;

/// <summary>What a close did: invoices made now, invoices found from an earlier run, and what could not be billed.</summary>
/// <param name="Period">The month, <c>yyyy-MM</c>.</param>
/// <param name="ConsumersChecked">Consumers looked at.</param>
/// <param name="InvoicesCreated">New draft invoices.</param>
/// <param name="InvoicesUnchanged">Consumers whose month already had a live invoice (a re-run changes nothing).</param>
/// <param name="LinesCreated">Lines on the new invoices.</param>
/// <param name="TotalCreated">Σ of the new invoices, yuan.</param>
/// <param name="RollupDaysRecomputed">Days of the month whose roll-up was missing or not final, rolled up again before billing.</param>
/// <param name="Unrated">Consumer × product × plan whose plan is no longer in the catalog: left unbilled and listed.</param>
public sealed record BillingCloseResult(
    string Period,
    int ConsumersChecked,
    int InvoicesCreated,
    int InvoicesUnchanged,
    int LinesCreated,
    decimal TotalCreated,
    IReadOnlyList<string> Unrated,
    IReadOnlyList<DateOnly> RollupDaysRecomputed);
