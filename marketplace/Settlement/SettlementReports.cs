using System.Globalization;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Settlement;

/// <summary>Reads a settled month: a party's statement, the treasury remittance list, the operator's income summary.</summary>
public sealed class SettlementReports(SettlementStore store, RemittanceStore remittances, IOptions<SettlementOptions> options)
{
    public async Task<Statement> StatementAsync(DateOnly periodStart, string party, CancellationToken cancellationToken)
    {
        var entries = await store.StatementAsync(periodStart, party, cancellationToken);
        return new Statement(Period(periodStart), party, entries.Sum(e => e.Amount), entries);
    }

    /// <summary>
    /// Every holder's netted share of the month (<see cref="RemittanceNetting"/>), due
    /// <see cref="SettlementOptions.RemittanceDueDays"/> after the month ends; empty until the month is settled.
    /// </summary>
    public async Task<IReadOnlyList<RemittanceLine>> RemittancesAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var due = periodStart.AddMonths(1).AddDays(-1).AddDays(options.Value.RemittanceDueDays);
        return [.. (await remittances.ForMonthAsync(periodStart, cancellationToken)).Select(r => new RemittanceLine(Period(periodStart),
            r.Party[(r.Party.IndexOf(':', StringComparison.Ordinal) + 1)..], RemittanceLine.ItemChinese, RemittanceLine.ItemInEnglish,
            r.Shares, r.BroughtForward, r.Amount, r.CarriedForward, r.Transactions, due))];
    }

    public async Task<IncomeSummary> IncomeAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var lines = await store.LinesAsync(periodStart, cancellationToken);
        decimal Sum(IEnumerable<SettledLine> of, PartyKind kind) => of.SelectMany(l => l.Parts).Where(p => PartyKindOf(p.Party) == kind).Sum(p => p.Amount);
        var products = lines.GroupBy(l => l.ProductId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProductIncome(g.Key, g.Count(), g.Sum(l => l.Revenue), Sum(g, PartyKind.Holder), Sum(g, PartyKind.Operator), Sum(g, PartyKind.Merchant)))
            .ToList();
        return new IncomeSummary(Period(periodStart), lines.Count, lines.Sum(l => l.Revenue),
            Sum(lines, PartyKind.Holder), Sum(lines, PartyKind.Operator), Sum(lines, PartyKind.Merchant), products);
    }

    private static string Period(DateOnly periodStart) => periodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The role of a party written as <c>kind:id</c>.</summary>
    public static PartyKind PartyKindOf(string party) =>
        Enum.Parse<PartyKind>(party[..party.IndexOf(':', StringComparison.Ordinal)], ignoreCase: true);
}
