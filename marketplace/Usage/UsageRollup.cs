namespace DataZones.Marketplace.Usage;

/// <summary>
/// One consumer's use of one product on one business day under one subscription and one version of one plan: what
/// billing reads instead of raw calls. Keyed that finely so that each line of an invoice can be rated under the plan
/// version its units were used under (a plan change is a new subscription; a price change a new version).
/// <see cref="Amount"/> is the sum of the records' amounts (what the calls were told), exact.
/// </summary>
public sealed record UsageRollup(DateOnly Day, string ConsumerId, string ProductId, string SubscriptionId, string PlanId, int PlanVersion,
    long Calls, long Units, decimal Amount)
{
    /// <summary>What a roll-up row is keyed by within a day and consumer: <c>product|subscription|plan|version</c>.</summary>
    public string LineKey => $"{ProductId}|{SubscriptionId}|{PlanId}|{PlanVersion}";
}
