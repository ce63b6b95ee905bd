namespace DataZones.Marketplace.Billing;

/// <summary>
/// What one invoice line bills: a product's units under one subscription and one version of one plan in the month.
/// A plan change (a new subscription) or a price change (a new version) therefore starts a new line, each rated by
/// its own plan.
/// </summary>
public sealed record InvoiceLineKey(string ProductId, string SubscriptionId, string PlanId, int PlanVersion)
{
    public override string ToString() => $"{ProductId} {SubscriptionId} {PlanId} v{PlanVersion}";
}
