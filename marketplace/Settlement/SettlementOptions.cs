namespace DataZones.Marketplace.Settlement;

/// <summary>The settlement settings of configuration section <c>Billing</c> (billing and settlement are configured together).</summary>
public sealed class SettlementOptions
{
    public const string SectionName = "Billing";

    /// <summary>Days after the end of a settled month by which the holders' share is due to the treasury.</summary>
    public int RemittanceDueDays { get; set; } = 15;
}
