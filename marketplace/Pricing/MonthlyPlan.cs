namespace DataZones.Marketplace.Pricing;

/// <summary>
/// A monthly subscription: a fee for the month that includes <see cref="IncludedUnits"/>, then either an overage
/// price per further unit or, when <see cref="OverageUnitPrice"/> is null, a hard cap: calls beyond the included
/// units are refused (the quota enforces it) and are never billed.
/// </summary>
/// <param name="Id">Stable plan identifier.</param>
/// <param name="MonthlyFee">Yuan per month, a whole number of fen.</param>
/// <param name="IncludedUnits">Units the fee covers each month.</param>
/// <param name="OverageUnitPrice">Yuan per unit beyond the included units, or null for a hard cap.</param>
public sealed record MonthlyPlan(string Id, decimal MonthlyFee, long IncludedUnits, decimal? OverageUnitPrice)
    : PricePlan(Id)
{
    /// <summary>A monthly plan whose extra units are charged at <paramref name="overageUnitPrice"/>.</summary>
    public static MonthlyPlan WithOverage(string id, decimal monthlyFee, long includedUnits, decimal overageUnitPrice) =>
        new(id, monthlyFee, includedUnits, overageUnitPrice);

    /// <summary>A monthly plan that refuses calls beyond its included units.</summary>
    public static MonthlyPlan HardCapped(string id, decimal monthlyFee, long includedUnits) =>
        new(id, monthlyFee, includedUnits, null);

    /// <summary>Whether calls beyond the included units are refused rather than charged.</summary>
    public bool IsHardCapped => OverageUnitPrice is null;

    /// <summary>The most units a period may use (for the quota), or null when the plan has no cap.</summary>
    public long? UnitCapPerPeriod => IsHardCapped ? IncludedUnits : null;

    private protected override void AddViolations(List<PlanViolation> violations)
    {
        PriceRules.CheckFee(MonthlyFee, violations);
        if (IncludedUnits < 0)
        {
            violations.Add(new(PlanViolationCodes.IncludedUnitsNegative, $"included units {IncludedUnits} is negative"));
        }
        else if (IncludedUnits == 0 && IsHardCapped)
        {
            violations.Add(new(PlanViolationCodes.HardCapWithoutIncludedUnits,
                "a hard-capped plan with no included units would refuse every call"));
        }

        if (OverageUnitPrice is { } overage)
        {
            PriceRules.CheckUnitPrice(overage, "overage", violations);
        }
    }
}
