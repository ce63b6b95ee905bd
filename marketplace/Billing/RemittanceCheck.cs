using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// Checks a month's remittance list against the holders' settled shares and the previous settled month's carries:
/// <c>remittance-vs-shares</c> (each holder's shares as listed = its settled shares) and <c>remittance-netting</c>
/// (never negative; shares + brought forward = remitted + carried forward; brought forward = what the previous
/// settled month carried; a holder with a carry keeps a row).
/// </summary>
public sealed class RemittanceCheck(RemittanceStore remittances, SettlementCloseStore closes)
{
    public async Task CheckAsync(DateOnly periodStart, IReadOnlyDictionary<string, decimal> holderShares, List<ReconciliationMismatch> mismatches, CancellationToken cancellationToken)
    {
        var rows = (await remittances.ForMonthAsync(periodStart, cancellationToken)).ToDictionary(r => r.Party, StringComparer.Ordinal);
        var previous = (await closes.ClosedMonthsAsync(cancellationToken)).Keys.Where(m => m < periodStart).Select(m => (DateOnly?)m).Max();
        var brought = previous is { } p
            ? (await remittances.ForMonthAsync(p, cancellationToken)).Where(r => r.CarriedForward != 0).ToDictionary(r => r.Party, r => r.CarriedForward, StringComparer.Ordinal)
            : [];
        foreach (var party in holderShares.Keys.Union(brought.Keys, StringComparer.Ordinal).Union(rows.Keys, StringComparer.Ordinal))
        {
            var shares = holderShares.GetValueOrDefault(party);
            if (!rows.TryGetValue(party, out var row))
            {
                mismatches.Add(new("remittance-vs-shares", party, Money(shares), "no remittance row"));
                continue;
            }
            if (row.Shares != shares) mismatches.Add(new("remittance-vs-shares", party, Money(shares), Money(row.Shares)));
            var broughtForward = brought.GetValueOrDefault(party);
            var (amount, carried) = (Math.Max(0m, shares + broughtForward), Math.Min(0m, shares + broughtForward));
            if (row.BroughtForward != broughtForward || row.Amount != amount || row.CarriedForward != carried)
            {
                mismatches.Add(new("remittance-netting", party, Describe(broughtForward, amount, carried), Describe(row.BroughtForward, row.Amount, row.CarriedForward)));
            }
        }
    }

    private static string Describe(decimal brought, decimal amount, decimal carried) =>
        $"brought {Money(brought)}, remitted {Money(amount)}, carried {Money(carried)}";

    private static string Money(decimal yuan) => SettlementReconciler.Money(yuan);
}
