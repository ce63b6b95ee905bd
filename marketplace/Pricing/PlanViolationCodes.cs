namespace DataZones.Marketplace.Pricing;

/// <summary>The stable codes of <see cref="PlanViolation"/>. They appear in API problem details; never rename one.</summary>
public static class PlanViolationCodes
{
    public const string IdInvalid = "plan-id-invalid";
    public const string NoTiers = "no-tiers";
    public const string TierBoundsNotAscending = "tier-bounds-not-ascending";
    public const string TierOpenBeforeLast = "tier-open-before-last";
    public const string LastTierBounded = "last-tier-bounded";
    public const string PriceNegative = "price-negative";
    public const string PriceTooPrecise = "price-too-precise";
    public const string FeeNegative = "fee-negative";
    public const string FeeNotWholeFen = "fee-not-whole-fen";
    public const string IncludedUnitsNegative = "included-units-negative";
    public const string HardCapWithoutIncludedUnits = "hard-cap-without-included-units";
}
