namespace DataZones.Marketplace.Subscriptions;

/// <summary>
/// A subscription's state. <c>Requested → Active</c> (approved, by the operator or by policy for general-grade
/// products) or <c>→ Rejected</c>; <c>Active ⇄ Suspended</c>; <c>Requested/Active/Suspended → Cancelled</c>.
/// Rejected and Cancelled are final.
/// </summary>
public enum SubscriptionStatus
{
    Requested,
    Active,
    Suspended,
    Rejected,
    Cancelled,
}
