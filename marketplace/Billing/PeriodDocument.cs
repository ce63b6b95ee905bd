namespace DataZones.Marketplace.Billing;

/// <summary>
/// A document as an index lists it (table <c>invoices</c>: partition <c>p-&lt;yyyyMM&gt;</c> of its billing month, or
/// <c>f-&lt;yyyyMM&gt;</c> of the month it became final; row <c>&lt;consumer&gt;|&lt;id&gt;</c>): what the operator's month
/// view and the settlement start from. The consumer's partition is authoritative; the state here is refreshed after
/// every transition.
/// </summary>
public sealed record PeriodDocument(string ConsumerId, string DocumentId, InvoiceKind Kind, string Period, InvoiceState State, decimal Total);
