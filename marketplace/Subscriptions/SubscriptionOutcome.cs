namespace DataZones.Marketplace.Subscriptions;

/// <summary>What a request to change subscriptions came to; endpoints map each to a response.</summary>
public enum SubscriptionOutcome
{
    Done,
    NotFound,
    ProductNotFound,
    PlanNotFound,
    TransitionNotAllowed,
    AlreadySubscribed,
    ConcurrentChange,
}
