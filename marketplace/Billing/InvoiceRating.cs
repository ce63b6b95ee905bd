using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Usage;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// The pure step from a consumer's month of roll-ups to invoice lines: one line per product × plan, the days summed
/// and rated as one period (<see cref="PlanRating.RatePeriod"/>), so tiers and included units apply to the month.
/// The close and the reconciliation both use it, so they cannot disagree about what a line should be.
/// </summary>
public static class InvoiceRating
{
    /// <summary>The lines, and the product × plan pairs whose plan cannot be found (they cannot be billed).</summary>
    /// <param name="monthRollups">The consumer's roll-ups of the month.</param>
    /// <param name="findPlan">The plan a product × plan id rates under, or null when the catalog no longer has it.</param>
    /// <param name="monthlySubscriptions">
    /// Monthly-plan subscriptions current in the month (<see cref="MonthlySubscriptions"/>): each gets a line, with
    /// zero units when it had no use, because the fee is owed either way.
    /// </param>
    public static (IReadOnlyList<InvoiceLine> Lines, IReadOnlyList<(string ProductId, string PlanId)> Unrated) Lines(
        IEnumerable<UsageRollup> monthRollups, Func<string, string, PricePlan?> findPlan,
        IEnumerable<(string ProductId, string PlanId)> monthlySubscriptions)
    {
        var lines = new List<InvoiceLine>();
        var unrated = new List<(string, string)>();
        var used = monthRollups.ToLookup(r => (r.ProductId, r.PlanId));
        var keys = used.Select(g => g.Key).Union(monthlySubscriptions)
            .OrderBy(k => k.ProductId, StringComparer.Ordinal).ThenBy(k => k.PlanId, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (findPlan(key.ProductId, key.PlanId) is not { } plan)
            {
                unrated.Add(key);
                continue;
            }
            var rated = PlanRating.RatePeriod(plan, used[key].Select(r => r.Units));
            lines.Add(InvoiceLine.From(lines.Count + 1, key.ProductId, rated));
        }
        return (lines, unrated);
    }
}
