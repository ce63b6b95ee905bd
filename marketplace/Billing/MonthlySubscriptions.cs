using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Subscriptions;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// A consumer's subscriptions under monthly plans that were current during a billing month — they owe the month's fee
/// even without a single call. Current means: created before the month ended, and active or suspended now, or
/// cancelled during or after the month. Requested and rejected subscriptions never owe a fee. No proration: a
/// subscription current for part of a month owes the whole fee (docs/billing.md).
/// </summary>
public sealed class MonthlySubscriptions(SubscriptionStore subscriptions, BusinessCalendar calendar)
{
    public async Task<IReadOnlyList<(string ProductId, string PlanId)>> CurrentAsync(string consumerId, DateOnly periodStart,
        IReadOnlyDictionary<string, CatalogProduct> products, CancellationToken cancellationToken)
    {
        var starts = calendar.StartOf(periodStart);
        var ends = calendar.StartOf(periodStart.AddMonths(1));
        return (await subscriptions.ListForConsumerAsync(consumerId, cancellationToken))
            .Where(s => s.CreatedAt < ends && (s.Status is SubscriptionStatus.Active or SubscriptionStatus.Suspended
                || (s.Status == SubscriptionStatus.Cancelled && s.UpdatedAt >= starts)))
            .Where(s => products.GetValueOrDefault(s.ProductId)?.FindPlan(s.PlanId) is MonthlyPlan)
            .Select(s => (s.ProductId, s.PlanId))
            .Distinct()
            .ToList();
    }
}
