using Azure;
using DataZones.Marketplace.Audit;
using DataZones.Marketplace.Catalog;
using DataZones.Marketplace.Ids;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Subscriptions;

/// <summary>Requests and state changes of subscriptions; each change is audited with who and when.</summary>
public sealed class SubscriptionService(
    SubscriptionStore store,
    SubscriptionDirectory directory,
    CatalogService catalog,
    AuditLog audit,
    IIdGenerator ids,
    TimeProvider time,
    IOptions<SubscriptionOptions> options)
{
    public async Task<(SubscriptionOutcome Outcome, Subscription? Subscription)> RequestAsync(
        string consumerId, string productId, string planId, string actor, CancellationToken cancellationToken)
    {
        var product = await catalog.FindAsync(productId, cancellationToken);
        if (product is null || !product.Listed) return (SubscriptionOutcome.ProductNotFound, null);
        if (product.FindPlan(planId, time.GetUtcNow()) is null) return (SubscriptionOutcome.PlanNotFound, null);
        var existing = await store.ListForConsumerAsync(consumerId, cancellationToken);
        if (existing.Any(s => s.ProductId == productId && s.Status is SubscriptionStatus.Requested or SubscriptionStatus.Active or SubscriptionStatus.Suspended))
        {
            return (SubscriptionOutcome.AlreadySubscribed, null);
        }
        var now = time.GetUtcNow();
        var autoApprove = options.Value.AutoApproveGeneral && product.Descriptor.Grade == Classification.General;
        // An auto-approved request is requested and approved at the same instant: it was never "requested" for a moment.
        List<SubscriptionStatusChange> history = autoApprove
            ? [new(SubscriptionStatus.Requested, now), new(SubscriptionStatus.Active, now)]
            : [new(SubscriptionStatus.Requested, now)];
        var subscription = new Subscription(ids.NewId(), consumerId, productId, planId,
            autoApprove ? SubscriptionStatus.Active : SubscriptionStatus.Requested, now, now, History: history);
        await store.AddAsync(subscription, cancellationToken);
        await audit.RecordAsync(Subject(subscription.Id), "requested", actor, $"product {productId}, plan {planId}", cancellationToken);
        if (autoApprove) await audit.RecordAsync(Subject(subscription.Id), "approved", "system:policy", "general-grade product", cancellationToken);
        directory.Invalidate(consumerId);
        return (SubscriptionOutcome.Done, subscription);
    }

    /// <summary>Moves a subscription to <paramref name="to"/> if the rules allow it from its current state.</summary>
    public async Task<(SubscriptionOutcome Outcome, Subscription? Subscription)> TransitionAsync(
        string consumerId, string subscriptionId, SubscriptionStatus to, string actor, string? reason,
        bool? elevatedGrade, CancellationToken cancellationToken)
    {
        var found = await store.FindAsync(consumerId, subscriptionId, cancellationToken);
        if (found is null) return (SubscriptionOutcome.NotFound, null);
        var (current, etag) = found.Value;
        if (!SubscriptionTransitions.IsAllowed(current.Status, to)) return (SubscriptionOutcome.TransitionNotAllowed, current);
        var now = time.GetUtcNow();
        var changed = current with
        {
            Status = to,
            UpdatedAt = now,
            ElevatedGrade = elevatedGrade ?? current.ElevatedGrade,
            History = [.. current.StatusHistory, new SubscriptionStatusChange(to, now)],
        };
        try
        {
            await store.UpdateAsync(changed, etag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return (SubscriptionOutcome.ConcurrentChange, current);
        }
        var detail = $"{current.Status} → {to}" + (reason is null ? "" : $": {reason}") + (elevatedGrade == true ? " (elevated grade)" : "");
        await audit.RecordAsync(Subject(subscriptionId), ActionFor(to), actor, detail, cancellationToken);
        directory.Invalidate(consumerId);
        return (SubscriptionOutcome.Done, changed);
    }

    public static string Subject(string subscriptionId) => "subscription:" + subscriptionId;

    private static string ActionFor(SubscriptionStatus to) => to switch
    {
        SubscriptionStatus.Active => "activated",
        SubscriptionStatus.Suspended => "suspended",
        SubscriptionStatus.Rejected => "rejected",
        SubscriptionStatus.Cancelled => "cancelled",
        _ => to.ToString().ToLowerInvariant(),
    };
}
