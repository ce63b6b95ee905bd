namespace DataZones.Marketplace.Billing;

/// <summary>One disagreement reconciliation found.</summary>
/// <param name="Check">Which check: <c>rollup-vs-raw</c>, <c>consumer-rollup-vs-raw</c>, <c>invoice-vs-rollups</c>,
/// <c>invoice-total</c>, <c>settled-vs-invoice</c>, <c>settled-once</c>, <c>shares-vs-line</c>, <c>settled-vs-policy</c>,
/// <c>credit-note-pairing</c>, <c>statement-vs-shares</c>, <c>remittance-vs-shares</c>, <c>remittance-netting</c>.</param>
/// <param name="Subject">What disagrees (day, consumer, product, document, line or party).</param>
/// <param name="Expected">What the source of truth says.</param>
/// <param name="Actual">What is stored.</param>
public sealed record ReconciliationMismatch(string Check, string Subject, string Expected, string Actual);
