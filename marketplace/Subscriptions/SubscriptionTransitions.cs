namespace DataZones.Marketplace.Subscriptions;

/// <summary>The allowed state changes, in one table, so that services and tests read the same rules.</summary>
public static class SubscriptionTransitions
{
    private static readonly Dictionary<SubscriptionStatus, SubscriptionStatus[]> Allowed = new()
    {
        [SubscriptionStatus.Requested] = [SubscriptionStatus.Active, SubscriptionStatus.Rejected, SubscriptionStatus.Cancelled],
        [SubscriptionStatus.Active] = [SubscriptionStatus.Suspended, SubscriptionStatus.Cancelled],
        [SubscriptionStatus.Suspended] = [SubscriptionStatus.Active, SubscriptionStatus.Cancelled],
        [SubscriptionStatus.Rejected] = [],
        [SubscriptionStatus.Cancelled] = [],
    };

    public static bool IsAllowed(SubscriptionStatus from, SubscriptionStatus to) => Allowed[from].Contains(to);
}
