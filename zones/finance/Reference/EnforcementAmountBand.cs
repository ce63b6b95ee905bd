namespace DataZones.Zones.Finance.Reference;

/// <summary>
/// The amount under enforcement, as a band: the court publishes the figure, but the platform keeps and answers with
/// bands only.
/// </summary>
public enum EnforcementAmountBand
{
    /// <summary>Under ¥100,000.</summary>
    Under100Thousand,

    /// <summary>¥100,000 to under ¥1 million.</summary>
    Under1Million,

    /// <summary>¥1 million to under ¥10 million.</summary>
    Under10Million,

    /// <summary>¥10 million or more.</summary>
    From10Million,
}
