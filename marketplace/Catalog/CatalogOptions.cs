namespace DataZones.Marketplace.Catalog;

/// <summary>Configuration section <c>Catalog</c>.</summary>
public sealed class CatalogOptions
{
    public const string SectionName = "Catalog";

    /// <summary>
    /// How stale an instance's view of the operator's overrides may be. A change is seen at once by the instance that
    /// made it and within this many seconds by every other instance.
    /// </summary>
    public int RefreshSeconds { get; set; } = 30;
}
