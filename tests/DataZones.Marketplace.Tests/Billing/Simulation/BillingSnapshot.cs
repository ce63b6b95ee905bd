using System.Globalization;

namespace DataZones.Marketplace.Tests.Billing.Simulation;

/// <summary>
/// Everything a consumer, a holder and the treasury can see, as canonical text: each document (kind, state, whether
/// issued, total and lines), each party's statement of each settled month, and each remittance row. Two sides agree
/// when their snapshots are equal, to the fen.
/// </summary>
public sealed class BillingSnapshot
{
    private readonly SortedDictionary<string, string> entries = new(StringComparer.Ordinal);

    /// <param name="lines">Each line with what its calls' receipts add up to (metered) and the adjustment to the month's rating, both exact.</param>
    public void Document(string id, string kind, string state, bool issued, decimal total,
        IEnumerable<(int Line, string Product, string Plan, long Units, decimal Amount, decimal Metered, decimal Adjustment)> lines) =>
        entries["doc " + id] = $"{kind} {state}{(issued ? " issued" : "")} total {Money(total)} ["
            + string.Join("; ", lines.OrderBy(l => l.Line).Select(l =>
                $"{l.Line} {l.Product}/{l.Plan} {l.Units}u {Money(l.Amount)} (receipts {Exact(l.Metered)}, adjustment {Exact(l.Adjustment)})")) + "]";

    public void Statement(DateOnly month, string party, IEnumerable<(string DocumentId, int Line, decimal Amount)> lines)
    {
        var list = lines.OrderBy(l => l.DocumentId, StringComparer.Ordinal).ThenBy(l => l.Line).Select(l => $"{l.DocumentId}|{l.Line} {Money(l.Amount)}").ToList();
        if (list.Count > 0) entries[$"statement {month:yyyy-MM} {party}"] = string.Join("; ", list);
    }

    public void Remittance(DateOnly month, string holderId, decimal shares, decimal broughtForward, decimal amount, decimal carriedForward) =>
        entries[$"remittance {month:yyyy-MM} {holderId}"] = $"shares {Money(shares)} brought {Money(broughtForward)} remitted {Money(amount)} carried {Money(carriedForward)}";

    /// <summary>The first differences, one per line; empty when equal.</summary>
    public static string Diff(BillingSnapshot expected, BillingSnapshot actual, int shownMax = 8)
    {
        var lines = new List<string>();
        foreach (var key in expected.entries.Keys.Union(actual.entries.Keys).Order(StringComparer.Ordinal))
        {
            var e = expected.entries.GetValueOrDefault(key);
            var a = actual.entries.GetValueOrDefault(key);
            if (e != a) lines.Add($"  {key}\n    reference: {e ?? "(none)"}\n    actual:    {a ?? "(none)"}");
        }
        return string.Join("\n", lines.Take(shownMax)) + (lines.Count > shownMax ? $"\n  … and {lines.Count - shownMax} more" : "");
    }

    public int Count => entries.Count;

    private static string Money(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Exact(decimal yuan) => yuan.ToString("0.0000##", CultureInfo.InvariantCulture);
}
