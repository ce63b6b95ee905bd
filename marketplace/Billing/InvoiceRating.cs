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
    public static (IReadOnlyList<InvoiceLine> Lines, IReadOnlyList<(string ProductId, string PlanId)> Unrated) Lines(
        IEnumerable<UsageRollup> monthRollups, Func<string, string, PricePlan?> findPlan)
    {
        var lines = new List<InvoiceLine>();
        var unrated = new List<(string, string)>();
        var groups = monthRollups.GroupBy(r => (r.ProductId, r.PlanId))
            .OrderBy(g => g.Key.ProductId, StringComparer.Ordinal).ThenBy(g => g.Key.PlanId, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (findPlan(group.Key.ProductId, group.Key.PlanId) is not { } plan)
            {
                unrated.Add(group.Key);
                continue;
            }
            var rated = PlanRating.RatePeriod(plan, group.Select(r => r.Units));
            lines.Add(InvoiceLine.From(lines.Count + 1, group.Key.ProductId, rated));
        }
        return (lines, unrated);
    }
}
