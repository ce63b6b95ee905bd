using System.Globalization;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Settlement;

/// <summary>Reads a settled month: a party's statement, the treasury remittance list, the operator's income summary.</summary>
public sealed class SettlementReports(SettlementStore store, IOptions<SettlementOptions> options)
{
    public async Task<Statement> StatementAsync(DateOnly periodStart, string party, CancellationToken cancellationToken)
    {
        var entries = await store.StatementAsync(periodStart, party, cancellationToken);
        return new Statement(Period(periodStart), party, entries.Sum(e => e.Amount), entries);
    }

    /// <summary>Every holder's share of the month, due <see cref="SettlementOptions.RemittanceDueDays"/> after the month ends.</summary>
    public async Task<IReadOnlyList<RemittanceLine>> RemittancesAsync(DateOnly periodStart, CancellationToken cancellationToken)
    {
        var due = periodStart.AddMonths(1).AddDays(-1).AddDays(options.Value.RemittanceDueDays);
        var holders = (await store.PartiesAsync(periodStart, cancellationToken)).Where(p => PartyKindOf(p) == PartyKind.Holder).Order(StringComparer.Ordinal);
        var lines = new List<RemittanceLine>();
        foreach (var holder in holders)
        {
            var entries = await store.StatementAsync(periodStart, holder, cancellationToken);
            lines.Add(new RemittanceLine(Period(periodStart), holder[(holder.IndexOf(':', StringComparison.Ordinal) + 1)..],
                RemittanceLine.ItemChinese, RemittanceLine.ItemInEnglish, entries.Sum(e => e.Amount), entries.Count, due));
        }
        return lines;
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
