namespace DataZones.Marketplace.Billing;

/// <summary>The outcome of reconciling a month: "balanced", or every mismatch found.</summary>
/// <param name="Period">The month, <c>yyyy-MM</c>.</param>
/// <param name="Status"><c>balanced</c> or <c>unbalanced</c>.</param>
/// <param name="RollupsChecked">Roll-up rows compared with the raw usage (both copies).</param>
/// <param name="InvoiceLinesChecked">Invoice lines compared with the rated roll-ups.</param>
/// <param name="SettledLinesChecked">Settled lines checked against their document and the parties' statements.</param>
/// <param name="UnsettledLines">Income lines of the month not settled yet (drafts are not income): not a mismatch, a reminder.</param>
/// <param name="Mismatches">Every disagreement.</param>
public sealed record ReconciliationReport(
    string Period,
    string Status,
    int RollupsChecked,
    int InvoiceLinesChecked,
    int SettledLinesChecked,
    int UnsettledLines,
    IReadOnlyList<ReconciliationMismatch> Mismatches)
{
    public const string Balanced = "balanced";
    public const string Unbalanced = "unbalanced";

    /// <summary>One line for a job log: "balanced (…)" or "unbalanced: N mismatches (first: …)".</summary>
    public string Summary => Mismatches.Count == 0
        ? $"{Balanced} ({RollupsChecked} roll-ups, {InvoiceLinesChecked} invoice lines, {SettledLinesChecked} settled lines checked)"
        : $"{Unbalanced}: {Mismatches.Count} mismatches (first: {Mismatches[0].Check} {Mismatches[0].Subject}: expected {Mismatches[0].Expected}, found {Mismatches[0].Actual})";
}
