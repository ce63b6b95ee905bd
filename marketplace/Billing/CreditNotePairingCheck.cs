using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Pairs credit notes with voided invoices (check <c>credit-note-pairing</c>): every credit note cancels a voided,
/// once-issued invoice that names it, line for negated line; every voided issued invoice has its credit note; a
/// draft voided before issue has none; and a settled credit-note line takes back exactly the shares its invoice line
/// settled, wherever that was.
/// </summary>
public sealed class CreditNotePairingCheck(InvoiceStore invoices, SettledDocumentStore registry, SettlementStore store)
{
    public async Task CheckAsync(IReadOnlyList<Invoice> documents, IReadOnlyDictionary<string, SettledLine> lines, List<ReconciliationMismatch> mismatches,
        CancellationToken cancellationToken)
    {
        var settledElsewhere = new Dictionary<DateOnly, IReadOnlyDictionary<string, SettledLine>>();
        foreach (var d in documents.Where(d => d.Kind == InvoiceKind.Invoice && d.State == InvoiceState.Void))
        {
            var creditNote = (await invoices.FindAsync(d.ConsumerId, InvoiceIds.CreditNoteFor(d.Id), cancellationToken))?.Document;
            if (d.IsFinal && creditNote is null) mismatches.Add(new("credit-note-pairing", d.Id, "a credit note for a voided issued invoice", "none"));
            if (!d.IsFinal && creditNote is not null) mismatches.Add(new("credit-note-pairing", d.Id, "no credit note for a draft voided before issue", creditNote.Id));
        }
        foreach (var note in documents.Where(d => d.Kind == InvoiceKind.CreditNote))
        {
            var invoice = note.RelatedId is null ? null : (await invoices.FindAsync(note.ConsumerId, note.RelatedId, cancellationToken))?.Document;
            if (invoice is not { State: InvoiceState.Void, IsFinal: true } || invoice.RelatedId != note.Id)
            {
                mismatches.Add(new("credit-note-pairing", note.Id, $"cancels voided issued invoice {note.RelatedId}", invoice is null ? "no such invoice" : $"{invoice.Id} is {invoice.State}"));
                continue;
            }
            if (!note.Lines.Select(l => (l.ProductId, l.PlanId, l.Amount)).SequenceEqual(invoice.Lines.Select(l => (l.ProductId, l.PlanId, -l.Amount))))
            {
                mismatches.Add(new("credit-note-pairing", note.Id, $"the lines of {invoice.Id} negated", "different lines"));
            }
            foreach (var line in note.Lines)
            {
                if (!lines.TryGetValue(SettledLine.Key(note.Id, line.LineNumber), out var settledNote)) continue;
                var original = await SettledLineOfAsync(invoice, line.LineNumber, settledElsewhere, cancellationToken);
                var expected = original is null ? "its invoice line settled" : Describe(original.Parts.Select(p => p with { Amount = -p.Amount }));
                if (original is null || expected != Describe(settledNote.Parts)) mismatches.Add(new("credit-note-pairing", settledNote.LineKey, expected, Describe(settledNote.Parts)));
            }
        }
    }

    private async Task<SettledLine?> SettledLineOfAsync(Invoice invoice, int lineNumber, Dictionary<DateOnly, IReadOnlyDictionary<string, SettledLine>> cache,
        CancellationToken cancellationToken)
    {
        if (!(await registry.ForBillingMonthAsync(invoice.PeriodStart, cancellationToken)).TryGetValue(invoice.Id, out var month)) return null;
        if (!cache.TryGetValue(month, out var lines))
        {
            cache[month] = lines = (await store.LinesAsync(month, cancellationToken)).ToDictionary(l => l.LineKey, StringComparer.Ordinal);
        }
        return lines.GetValueOrDefault(SettledLine.Key(invoice.Id, lineNumber));
    }

    private static string Describe(IEnumerable<SettledPart> parts) =>
        string.Join(", ", parts.OrderBy(p => p.Party, StringComparer.Ordinal).Select(p => $"{p.Party} {SettlementReconciler.Money(p.Amount)}"));
}
