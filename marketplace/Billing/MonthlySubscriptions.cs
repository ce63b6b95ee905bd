using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Subscriptions;
using DataZones.Marketplace.Time;

namespace DataZones.Marketplace.Billing;

/// <summary>
/// A consumer's subscriptions under monthly plans that owe a billing month's fee, even without a single call: those
/// whose status history shows them approved and not cancelled (active or suspended) at some instant of the month.
/// A request withdrawn or rejected before approval, or approved only after the month, owes nothing for it. The fee
/// is the plan's as the price list in force at the first such instant defines it. No proration: a subscription
/// approved for part of a month owes the whole fee (docs/billing.md). The history, not today's status, decides, so
/// the answer is the same whenever the month is closed.
/// </summary>
public sealed class MonthlySubscriptions(SubscriptionStore subscriptions, BusinessCalendar calendar)
{
    public async Task<IReadOnlyList<InvoiceLineKey>> OwingAsync(string consumerId, DateOnly periodStart,
        IReadOnlyDictionary<string, CatalogProduct> products, CancellationToken cancellationToken)
    {
        var starts = calendar.StartOf(periodStart);
        var ends = calendar.StartOf(periodStart.AddMonths(1));
        var owing = new List<InvoiceLineKey>();
        foreach (var s in await subscriptions.ListForConsumerAsync(consumerId, cancellationToken))
        {
            if (SubscriptionHistory.FirstApprovedInstant(s.StatusHistory, starts, ends) is not { } approvedAt) continue;
            if (products.GetValueOrDefault(s.ProductId)?.FindPlan(s.PlanId, approvedAt) is not { Plan: MonthlyPlan } plan) continue;
            owing.Add(new InvoiceLineKey(s.ProductId, s.Id, s.PlanId, plan.Version));
        }
        return owing;
    }
}
