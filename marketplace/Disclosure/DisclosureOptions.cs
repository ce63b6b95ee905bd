namespace DataZones.Marketplace.Disclosure;

/// <summary>Configuration section <c>Disclosure</c>: the rules every published statistical table follows.</summary>
public sealed class DisclosureOptions
{
    public const string SectionName = "Disclosure";

    /// <summary>A cell counting fewer distinct contributors (persons, vehicles) than this is withheld.</summary>
    public int MinimumContributors { get; set; } = 10;

    /// <summary>Published counts are rounded to a multiple of this, so no exact total is ever published.</summary>
    public int RoundingBase { get; set; } = 5;

    /// <summary>How long a query waits for another query of the same scope to finish its overlap check.</summary>
    public TimeSpan AuditWaitMaximum { get; set; } = TimeSpan.FromSeconds(20);
}
