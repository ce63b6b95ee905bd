using Azure;
using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Moves invoices through <c>draft → issued → paid</c>, and voids them with a credit note: a new document whose
/// lines negate the invoice's, settled in the month it is made. Nothing is ever edited but the state.
/// </summary>
public sealed class InvoiceService(InvoiceStore store, AuditLog audit, BusinessCalendar calendar, TimeProvider time)
{
    public Task<(InvoiceOutcome Outcome, Invoice? Invoice)> IssueAsync(string consumerId, string invoiceId, string actor, CancellationToken cancellationToken) =>
        MoveAsync(consumerId, invoiceId, InvoiceState.Draft, d => d with { State = InvoiceState.Issued, IssuedAt = time.GetUtcNow() }, "issued", actor, cancellationToken);

    public Task<(InvoiceOutcome Outcome, Invoice? Invoice)> PayAsync(string consumerId, string invoiceId, string actor, CancellationToken cancellationToken) =>
        MoveAsync(consumerId, invoiceId, InvoiceState.Issued, d => d with { State = InvoiceState.Paid, PaidAt = time.GetUtcNow() }, "paid", actor, cancellationToken);

    /// <summary>Issues every draft of a month (after the operator has reviewed the close and its reconciliation).</summary>
    public async Task<int> IssuePeriodAsync(DateOnly periodStart, string actor, CancellationToken cancellationToken)
    {
        var issued = 0;
        foreach (var d in (await store.ListForPeriodAsync(periodStart, cancellationToken)).Where(d => d.Kind == InvoiceKind.Invoice && d.State == InvoiceState.Draft))
        {
            if ((await IssueAsync(d.ConsumerId, d.DocumentId, actor, cancellationToken)).Outcome == InvoiceOutcome.Done) issued++;
        }
        return issued;
    }

    /// <summary>Voids an invoice in any state but void, and returns the credit note that cancels it.</summary>
    public async Task<(InvoiceOutcome Outcome, Invoice? CreditNote)> VoidAsync(string consumerId, string invoiceId, string reason, string actor, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(consumerId, invoiceId, cancellationToken) is not { } found || found.Document.Kind != InvoiceKind.Invoice)
        {
            return (InvoiceOutcome.NotFound, null);
        }
        var (invoice, etag) = found;
        if (invoice.State == InvoiceState.Void) return (InvoiceOutcome.InvalidState, null);
        var now = time.GetUtcNow();
        var creditNote = new Invoice(InvoiceIds.CreditNoteFor(invoice.Id), InvoiceKind.CreditNote, consumerId, invoice.PeriodStart, invoice.Revision,
            InvoiceState.Issued, -invoice.Total, [.. invoice.Lines.Select(l => l.Negated())], now, BusinessCalendar.MonthOf(calendar.DayOf(now)),
            IssuedAt: now, RelatedId: invoice.Id);
        // The credit note first: its id is fixed per invoice, so a retry after a failure below finds it, not a second one.
        await store.AddAsync(creditNote, cancellationToken);
        try
        {
            await store.UpdateAsync(invoice with { State = InvoiceState.Void, VoidedAt = now, RelatedId = creditNote.Id }, etag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return (InvoiceOutcome.Conflict, null);
        }
        await audit.RecordAsync("invoice:" + invoice.Id, "voided", actor, $"credit note {creditNote.Id}: {reason}", cancellationToken);
        return (InvoiceOutcome.Done, creditNote);
    }

    private async Task<(InvoiceOutcome, Invoice?)> MoveAsync(string consumerId, string invoiceId, InvoiceState from, Func<Invoice, Invoice> move,
        string action, string actor, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(consumerId, invoiceId, cancellationToken) is not { } found || found.Document.Kind != InvoiceKind.Invoice)
        {
            return (InvoiceOutcome.NotFound, null);
        }
        if (found.Document.State != from) return (InvoiceOutcome.InvalidState, found.Document);
        var moved = move(found.Document);
        try
        {
            await store.UpdateAsync(moved, found.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return (InvoiceOutcome.Conflict, null);
        }
        await audit.RecordAsync("invoice:" + invoiceId, action, actor, null, cancellationToken);
        return (InvoiceOutcome.Done, moved);
    }
}
