using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Usage;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// The pure step from a consumer's month of roll-ups to invoice lines: one line per product × subscription × plan ×
/// plan version (<see cref="InvoiceLineKey"/>), the days summed and rated as one period under that version
/// (<see cref="PlanRating.RatePeriod"/>), so tiers and included units apply to the month. The close and the
/// reconciliation both use it, so they cannot disagree about what a line should be. A line also shows what its calls
/// were told (Σ of the roll-ups' amounts) and the adjustment between that and the month rated as a whole.
/// </summary>
public static class InvoiceRating
{
    /// <summary>The lines, and the keys whose plan version cannot be found (they cannot be billed).</summary>
    /// <param name="monthRollups">The consumer's roll-ups of the month.</param>
    /// <param name="findPlan">The plan a product, plan id and price-list version rate under, or null when the catalog has no such version.</param>
    /// <param name="feesOwed">
    /// Monthly-plan subscriptions that owe the month's fee (<see cref="MonthlySubscriptions"/>): each gets a line, with
    /// zero units when it had no use, because the fee is owed either way.
    /// </param>
    public static (IReadOnlyList<InvoiceLine> Lines, IReadOnlyList<InvoiceLineKey> Unrated) Lines(
        IEnumerable<UsageRollup> monthRollups, Func<string, string, int, PricePlan?> findPlan, IEnumerable<InvoiceLineKey> feesOwed)
    {
        var lines = new List<InvoiceLine>();
        var unrated = new List<InvoiceLineKey>();
        var used = monthRollups.ToLookup(r => new InvoiceLineKey(r.ProductId, r.SubscriptionId, r.PlanId, r.PlanVersion));
        var keys = used.Select(g => g.Key).Union(feesOwed)
            .OrderBy(k => k.ProductId, StringComparer.Ordinal).ThenBy(k => k.PlanId, StringComparer.Ordinal)
            .ThenBy(k => k.PlanVersion).ThenBy(k => k.SubscriptionId, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (findPlan(key.ProductId, key.PlanId, key.PlanVersion) is not { } plan)
            {
                unrated.Add(key);
                continue;
            }
            var rated = PlanRating.RatePeriod(plan, used[key].Select(r => r.Units));
            lines.Add(InvoiceLine.From(lines.Count + 1, key, rated, used[key].Sum(r => r.Amount)));
        }
        return (lines, unrated);
    }
}
