namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Nets each holder's month (<see cref="RemittanceNetting"/>): the shares on its statement plus what the previous
/// settled month carried forward. Run at the end of every settlement run of the month, so a re-run rewrites the same
/// rows. Holders with no line this month but a carry still get a row, so their shortfall travels on.
/// </summary>
public sealed class RemittanceWriter(SettlementStore settlement, RemittanceStore remittances)
{
    /// <param name="month">The month just settled.</param>
    /// <param name="previousSettled">The latest settled month before it, whose carries it brings forward; null for the first.</param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    public async Task WriteAsync(DateOnly month, DateOnly? previousSettled, CancellationToken cancellationToken)
    {
        var brought = previousSettled is { } previous
            ? (await remittances.ForMonthAsync(previous, cancellationToken)).Where(r => r.CarriedForward < 0).ToDictionary(r => r.Party, r => r.CarriedForward, StringComparer.Ordinal)
            : new Dictionary<string, decimal>(StringComparer.Ordinal);
        var holders = (await settlement.PartiesAsync(month, cancellationToken)).Where(p => SettlementReports.PartyKindOf(p) == PartyKind.Holder)
            .Union(brought.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rows = new List<RemittanceStore.Row>();
        foreach (var holder in holders)
        {
            var entries = await settlement.StatementAsync(month, holder, cancellationToken);
            var shares = entries.Sum(e => e.Amount);
            var broughtForward = brought.GetValueOrDefault(holder, 0.00m);
            var (amount, carried) = RemittanceNetting.Net(shares, broughtForward);
            rows.Add(new RemittanceStore.Row(holder, shares, broughtForward, amount, carried, entries.Count));
        }
        await remittances.WriteAsync(month, rows, cancellationToken);
    }
}
