namespace DataZones.Marketplace.Catalog;

/// <summary>The stable rule codes of a refused price change; they appear in problem details, never rename one.</summary>
public static class PriceChangeRules
{
    /// <summary>The month asked for starts sooner than a price change may take effect.</summary>
    public const string EffectiveFromTooSoon = "effective-from-too-soon";
}
