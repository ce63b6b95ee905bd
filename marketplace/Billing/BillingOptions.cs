namespace DataZones.Marketplace.Billing;

/// <summary>Configuration section <c>Billing</c>.</summary>
public sealed class BillingOptions
{
    public const string SectionName = "Billing";

    /// <summary>Consumers closed at once (each is its own partition, so they are independent).</summary>
    public int CloseParallelism { get; set; } = 4;
}
