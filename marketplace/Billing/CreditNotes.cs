namespace DataZones.Marketplace.Billing;

/// <summary>
/// The credit note that cancels an issued invoice: a new document of the same consumer and billing month, with the
/// invoice's lines negated, issued the moment it is made. Only a final (issued) invoice has one: a draft was never
/// income and never seen by the consumer, so voiding it supersedes it without a credit note.
/// </summary>
public static class CreditNotes
{
    /// <summary>The credit note for <paramref name="invoice"/>, made at <paramref name="now"/>.</summary>
    /// <exception cref="InvalidOperationException">The invoice is not final: a draft gets no credit note.</exception>
    public static Invoice For(Invoice invoice, DateTimeOffset now)
    {
        if (invoice.Kind != InvoiceKind.Invoice || !invoice.IsFinal)
        {
            throw new InvalidOperationException($"{invoice.Id} was never issued; a draft is superseded, not credited.");
        }
        return new Invoice(InvoiceIds.CreditNoteFor(invoice.Id), InvoiceKind.CreditNote, invoice.ConsumerId, invoice.PeriodStart, invoice.Revision,
            InvoiceState.Issued, -invoice.Total, [.. invoice.Lines.Select(l => l.Negated())], now, IssuedAt: now, RelatedId: invoice.Id);
    }
}
