namespace DataZones.Marketplace.Subscriptions;

/// <summary>A consumer's right to call one product under one plan.</summary>
/// <param name="Id">Platform id.</param>
/// <param name="ConsumerId">Whose subscription.</param>
/// <param name="ProductId">To which product.</param>
/// <param name="PlanId">Under which of the product's plans.</param>
/// <param name="Status">Its state.</param>
/// <param name="CreatedAt">When it was requested.</param>
/// <param name="UpdatedAt">When its state last changed.</param>
/// <param name="ElevatedGrade">
/// Approved for the product's restricted parts too (e.g. an ocean dataset's restricted areas). Only the operator
/// grants it.
/// </param>
public sealed record Subscription(
    string Id,
    string ConsumerId,
    string ProductId,
    string PlanId,
    SubscriptionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool ElevatedGrade = false)
{
    public bool IsActive => Status == SubscriptionStatus.Active;
}
