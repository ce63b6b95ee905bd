using System.Globalization;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// A billing document for one consumer and one month: an invoice (a line per product and plan) or the credit note
/// that cancels one. Documents are never edited: only <see cref="State"/> and its timestamps move forward, and a
/// mistake is corrected by voiding (which makes a credit note) and closing the month again (a new revision).
/// </summary>
/// <param name="Id">Deterministic: <c>INV-&lt;yyyyMM&gt;-&lt;consumer&gt;-&lt;revision&gt;</c> or <c>CN-…</c> (see <see cref="InvoiceIds"/>).</param>
/// <param name="Kind">Invoice or credit note.</param>
/// <param name="ConsumerId">Who is billed.</param>
/// <param name="PeriodStart">First day of the billing month (business time).</param>
/// <param name="Revision">1 for the month's first invoice; +1 for each re-close after a void.</param>
/// <param name="State">Draft, issued, paid or void.</param>
/// <param name="Total">Σ line amounts (already whole fen, so no further rounding).</param>
/// <param name="Lines">The lines, in product order.</param>
/// <param name="CreatedAt">When the close (or the void) made it.</param>
/// <param name="IssuedAt">When it was issued: the moment it became final (a credit note is issued when it is made). Null for a draft, and for a draft voided before issue, which never becomes income.</param>
/// <param name="PaidAt">When the payment was recorded.</param>
/// <param name="VoidedAt">When it was voided.</param>
/// <param name="RelatedId">An invoice's credit note once voided; a credit note's cancelled invoice.</param>
public sealed record Invoice(
    string Id,
    InvoiceKind Kind,
    string ConsumerId,
    DateOnly PeriodStart,
    int Revision,
    InvoiceState State,
    decimal Total,
    IReadOnlyList<InvoiceLine> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset? IssuedAt = null,
    DateTimeOffset? PaidAt = null,
    DateTimeOffset? VoidedAt = null,
    string? RelatedId = null)
{
    /// <summary>The billing month as <c>yyyy-MM</c>.</summary>
    public string Period => PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether the document is final: it was issued (and stays issued, paid or void with a credit note). Only final
    /// documents are income, settle, and are shown to the consumer; a draft, or a draft voided before issue, never is.
    /// </summary>
    public bool IsFinal => IssuedAt is not null;
}
