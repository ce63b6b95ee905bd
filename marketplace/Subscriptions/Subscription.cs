using System.Text.Json.Serialization;

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
/// <param name="History">
/// Every status it has had and since when, oldest first (the last entry is <see cref="Status"/>). Billing reads this,
/// not the current status: a month's fee depends on what the subscription was during the month.
/// </param>
public sealed record Subscription(
    string Id,
    string ConsumerId,
    string ProductId,
    string PlanId,
    SubscriptionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool ElevatedGrade = false,
    IReadOnlyList<SubscriptionStatusChange>? History = null)
{
    /// <summary>The status history; a subscription made without one has had its status since it was created.</summary>
    [JsonIgnore]
    public IReadOnlyList<SubscriptionStatusChange> StatusHistory => History ?? [new(Status, CreatedAt)];

    public bool IsActive => Status == SubscriptionStatus.Active;
}
