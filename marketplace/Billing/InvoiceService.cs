using Azure;
using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Moves invoices through <c>draft → issued → paid</c>, and voids them. Voiding a draft supersedes it (it was never
/// income nor seen, so it gets no credit note); voiding an issued or paid invoice issues its credit note in the same
/// atomic change (<see cref="InvoiceStore.VoidWithCreditNoteAsync"/>). Nothing is ever edited but the state.
/// </summary>
public sealed class InvoiceService(InvoiceStore store, AuditLog audit, BusinessCalendar calendar, TimeProvider time)
{
    /// <summary>Issues a draft: from now on it is final, income, and settles (docs/billing.md, "Which month a document settles in").</summary>
    public async Task<(InvoiceOutcome Outcome, Invoice? Invoice)> IssueAsync(string consumerId, string invoiceId, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // The pointer to the month it becomes final in goes first, so a settlement of that month cannot miss it.
        return await MoveAsync(consumerId, invoiceId, InvoiceState.Draft, d => d with { State = InvoiceState.Issued, IssuedAt = now }, "issued", actor,
            moved => store.IndexFinalAsync(moved, MonthOf(now), cancellationToken), cancellationToken);
    }

    public Task<(InvoiceOutcome Outcome, Invoice? Invoice)> PayAsync(string consumerId, string invoiceId, string actor, CancellationToken cancellationToken) =>
        MoveAsync(consumerId, invoiceId, InvoiceState.Issued, d => d with { State = InvoiceState.Paid, PaidAt = time.GetUtcNow() }, "paid", actor, null, cancellationToken);

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

    /// <summary>
    /// Voids an invoice in any state but void. An issued or paid invoice answers with the credit note that cancels it;
    /// a draft answers with itself, superseded (void, never issued, no credit note).
    /// </summary>
    public async Task<(InvoiceOutcome Outcome, Invoice? Document)> VoidAsync(string consumerId, string invoiceId, string reason, string actor, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(consumerId, invoiceId, cancellationToken) is not { } found || found.Document.Kind != InvoiceKind.Invoice)
        {
            return (InvoiceOutcome.NotFound, null);
        }
        var (invoice, etag) = found;
        if (invoice.State == InvoiceState.Void) return (InvoiceOutcome.InvalidState, null);
        var now = time.GetUtcNow();
        if (!invoice.IsFinal)
        {
            var superseded = invoice with { State = InvoiceState.Void, VoidedAt = now };
            if (!await TryUpdateAsync(superseded, etag, cancellationToken)) return (InvoiceOutcome.Conflict, null);
            await audit.RecordAsync("invoice:" + invoice.Id, "voided", actor, $"draft superseded, no credit note: {reason}", cancellationToken);
            return (InvoiceOutcome.Done, superseded);
        }
        var creditNote = CreditNotes.For(invoice, now);
        try
        {
            await store.VoidWithCreditNoteAsync(invoice with { State = InvoiceState.Void, VoidedAt = now, RelatedId = creditNote.Id }, etag, creditNote,
                MonthOf(now), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 409)
        {
            return (InvoiceOutcome.Conflict, null); // nothing was issued: the transaction is all or nothing
        }
        await audit.RecordAsync("invoice:" + invoice.Id, "voided", actor, $"credit note {creditNote.Id}: {reason}", cancellationToken);
        return (InvoiceOutcome.Done, creditNote);
    }

    private DateOnly MonthOf(DateTimeOffset instant) => BusinessCalendar.MonthOf(calendar.DayOf(instant));

    private async Task<(InvoiceOutcome, Invoice?)> MoveAsync(string consumerId, string invoiceId, InvoiceState from, Func<Invoice, Invoice> move,
        string action, string actor, Func<Invoice, Task>? beforeWrite, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(consumerId, invoiceId, cancellationToken) is not { } found || found.Document.Kind != InvoiceKind.Invoice)
        {
            return (InvoiceOutcome.NotFound, null);
        }
        if (found.Document.State != from) return (InvoiceOutcome.InvalidState, found.Document);
        var moved = move(found.Document);
        if (beforeWrite is not null) await beforeWrite(moved);
        if (!await TryUpdateAsync(moved, found.ETag, cancellationToken)) return (InvoiceOutcome.Conflict, null);
        await audit.RecordAsync("invoice:" + invoiceId, action, actor, null, cancellationToken);
        return (InvoiceOutcome.Done, moved);
    }

    private async Task<bool> TryUpdateAsync(Invoice moved, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await store.UpdateAsync(moved, etag, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }
}
