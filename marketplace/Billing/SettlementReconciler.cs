using DataZones.Marketplace.Settlement;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Checks a settled month against its documents: the lines settled are exactly those of the documents that settle
/// in it by <see cref="SettlementPlacement"/> (a voided draft, a late issue in a closed month, or a document settled
/// twice shows up), each line's shares add up to it and are what its frozen policy gives
/// (<see cref="PolicyReallocationCheck"/>), credit notes pair with voided invoices (<see cref="CreditNotePairingCheck"/>),
/// every party's statement holds exactly its shares, and the remittances net them (<see cref="RemittanceCheck"/>).
/// </summary>
public sealed class SettlementReconciler(InvoiceStore invoices, SettlementStore store, SettlementCloseStore closes, SettledDocumentStore registry,
    PolicyReallocationCheck policies, CreditNotePairingCheck pairing, RemittanceCheck remittances, BusinessCalendar calendar)
{
    /// <summary>Adds mismatches; returns the settled lines checked and the income lines not settled yet.</summary>
    public async Task<(int Checked, int Unsettled)> CheckAsync(DateOnly periodStart, List<ReconciliationMismatch> mismatches, CancellationToken cancellationToken)
    {
        var lines = (await store.LinesAsync(periodStart, cancellationToken)).ToDictionary(l => l.LineKey, StringComparer.Ordinal);
        var documents = await CandidatesAsync(periodStart, cancellationToken);
        var unsettled = await CheckAgainstDocumentsAsync(periodStart, documents, lines, mismatches, cancellationToken);
        foreach (var line in lines.Values.Where(l => l.Parts.Sum(p => p.Amount) != l.Revenue))
        {
            mismatches.Add(new("shares-vs-line", line.LineKey, Money(line.Revenue), Money(line.Parts.Sum(p => p.Amount))));
        }
        await policies.CheckAsync(lines.Values, mismatches, cancellationToken);
        await pairing.CheckAsync(documents, lines, mismatches, cancellationToken);
        var shares = lines.Values.SelectMany(l => l.Parts.Select(p => (l.LineKey, p.Party, p.Amount)))
            .ToDictionary(s => (s.LineKey, s.Party), s => s.Amount);
        foreach (var party in await store.PartiesAsync(periodStart, cancellationToken))
        {
            var entries = (await store.StatementAsync(periodStart, party, cancellationToken)).ToDictionary(e => SettledLine.Key(e.DocumentId, e.LineNumber), StringComparer.Ordinal);
            foreach (var ((lineKey, _), amount) in shares.Where(s => s.Key.Party == party))
            {
                var found = entries.Remove(lineKey, out var entry);
                if (!found || entry!.Amount != amount) mismatches.Add(new("statement-vs-shares", $"{party} {lineKey}", Money(amount), found ? Money(entry!.Amount) : "no entry"));
            }
            foreach (var extra in entries.Values) mismatches.Add(new("statement-vs-shares", $"{party} {extra.DocumentId}", "no settled share", Money(extra.Amount)));
        }
        await remittances.CheckAsync(periodStart, shares.Where(s => SettlementReports.PartyKindOf(s.Key.Party) == PartyKind.Holder)
            .GroupBy(s => s.Key.Party).ToDictionary(g => g.Key, g => g.Sum(s => s.Value), StringComparer.Ordinal), mismatches, cancellationToken);
        return (lines.Count, unsettled);
    }

    /// <summary>The month's own documents and those that became final in it, as their consumers' partitions hold them.</summary>
    private async Task<List<Invoice>> CandidatesAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var documents = new List<Invoice>();
        var index = (await invoices.ListForPeriodAsync(periodStart, cancellationToken)).Concat(await invoices.ListFinalInAsync(periodStart, cancellationToken))
            .DistinctBy(d => (d.ConsumerId, d.DocumentId));
        foreach (var entry in index)
        {
            if ((await invoices.FindAsync(entry.ConsumerId, entry.DocumentId, cancellationToken))?.Document is { } document) documents.Add(document);
        }
        return documents;
    }

    private async Task<int> CheckAgainstDocumentsAsync(DateOnly periodStart, List<Invoice> documents, Dictionary<string, SettledLine> lines,
        List<ReconciliationMismatch> mismatches, CancellationToken cancellationToken)
    {
        var closed = await closes.ClosedMonthsAsync(cancellationToken);
        var unsettled = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.IsFinal && SettlementPlacement.MonthFor(d, closed, calendar) == periodStart))
        {
            foreach (var line in document.Lines)
            {
                var key = SettledLine.Key(document.Id, line.LineNumber);
                seen.Add(key);
                if (!lines.TryGetValue(key, out var settled)) unsettled++;
                else if (settled.Revenue != line.Amount) mismatches.Add(new("settled-vs-invoice", key, Money(line.Amount), Money(settled.Revenue)));
            }
        }
        foreach (var orphan in lines.Keys.Where(k => !seen.Contains(k)))
        {
            mismatches.Add(new("settled-vs-invoice", orphan, "a line of a document final in this month", "settled without one"));
        }
        foreach (var group in lines.Values.GroupBy(l => l.BillingPeriodStart))
        {
            var claims = await registry.ForBillingMonthAsync(group.Key, cancellationToken);
            foreach (var line in group.Where(l => !claims.TryGetValue(l.DocumentId, out var month) || month != periodStart))
            {
                mismatches.Add(new("settled-once", line.LineKey, $"settled in {BillingPeriod.Format(periodStart)}",
                    claims.TryGetValue(line.DocumentId, out var month) ? $"claimed by {BillingPeriod.Format(month)}" : "never claimed"));
            }
        }
        return unsettled;
    }

    internal static string Money(decimal yuan) => yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
