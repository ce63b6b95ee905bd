using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Checks a settled month: each settled line's party shares add up to the line, the line is the document's line,
/// every party's statement holds exactly its shares, and the treasury remittance list equals the holders' shares.
/// </summary>
public sealed class SettlementReconciler(InvoiceStore invoices, SettlementStore store, SettlementReports reports)
{
    /// <summary>Adds mismatches; returns the settled lines checked and the income lines not settled yet.</summary>
    public async Task<(int Checked, int Unsettled)> CheckAsync(DateOnly periodStart, List<ReconciliationMismatch> mismatches, CancellationToken cancellationToken)
    {
        var lines = (await store.LinesAsync(periodStart, cancellationToken)).ToDictionary(l => l.LineKey, StringComparer.Ordinal);
        var unsettled = await CheckAgainstDocumentsAsync(periodStart, lines, mismatches, cancellationToken);
        foreach (var line in lines.Values.Where(l => l.Parts.Sum(p => p.Amount) != l.Revenue))
        {
            mismatches.Add(new("shares-vs-line", line.LineKey, Money(line.Revenue), Money(line.Parts.Sum(p => p.Amount))));
        }
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
        foreach (var remittance in await reports.RemittancesAsync(periodStart, cancellationToken))
        {
            var party = PartyId.Holder(remittance.HolderId).ToString();
            var holderShares = shares.Where(s => s.Key.Party == party).Sum(s => s.Value);
            if (holderShares != remittance.Amount) mismatches.Add(new("remittance-vs-shares", party, Money(holderShares), Money(remittance.Amount)));
        }
        return (lines.Count, unsettled);
    }

    private async Task<int> CheckAgainstDocumentsAsync(DateOnly periodStart, Dictionary<string, SettledLine> lines, List<ReconciliationMismatch> mismatches,
        CancellationToken cancellationToken)
    {
        var unsettled = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in await invoices.ListForPeriodAsync(periodStart, cancellationToken))
        {
            if ((await invoices.FindAsync(entry.ConsumerId, entry.DocumentId, cancellationToken))?.Document is not { IsSettleable: true } document) continue;
            foreach (var line in document.Lines)
            {
                var key = SettledLine.Key(document.Id, line.LineNumber);
                seen.Add(key);
                if (!lines.TryGetValue(key, out var settled)) unsettled++;
                else if (settled.Revenue != line.Amount) mismatches.Add(new("settled-vs-invoice", key, Money(line.Amount), Money(settled.Revenue)));
            }
        }
        foreach (var orphan in lines.Keys.Where(k => !seen.Contains(k))) mismatches.Add(new("settled-vs-invoice", orphan, "a settleable document line", "settled without one"));
        return unsettled;
    }

    private static string Money(decimal yuan) => yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
