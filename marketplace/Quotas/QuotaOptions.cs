namespace DataZones.Marketplace.Quotas;

/// <summary>Configuration section <c>Quota</c>.</summary>
public sealed class QuotaOptions
{
    public const string SectionName = "Quota";

    /// <summary>
    /// Units an instance claims from a subscription's period counter at a time. Larger blocks mean fewer storage
    /// writes; unused units of a claimed block are not returned, so a capped plan may refuse up to this many units
    /// per instance before its cap is truly reached (never more than the cap is served).
    /// </summary>
    public long LeaseBlockUnits { get; set; } = 50;

    /// <summary>Attempts to claim a block when other instances keep changing the counter.</summary>
    public int ClaimAttemptsMax { get; set; } = 8;
}
