namespace DataZones.Marketplace.Pricing;

/// <summary>
/// Turns a period's units into a <see cref="RatedLine"/>. A period is rated from its total units: daily roll-ups are
/// summed first (<see cref="RatePeriod"/>), so graduated tiers and included units apply to the whole period, not
/// day by day. For a flat pay-per-use price this changes nothing — the month's exact amount equals the sum of the
/// days' exact amounts. A call is charged <see cref="MarginalAmount"/>, the difference of two ratings, so the calls of
/// a period add up to the period's rating less its fee.
/// </summary>
public static class PlanRating
{
    /// <summary>Rates <paramref name="units"/> used in one period under <paramref name="plan"/>.</summary>
    /// <exception cref="InvalidOperationException">The plan is invalid (plans are validated when saved).</exception>
    public static RatedLine Rate(PricePlan plan, long units)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        plan.EnsureValid();
        return plan switch
        {
            PayPerUsePlan payPerUse => RatePayPerUse(payPerUse, units),
            MonthlyPlan monthly => RateMonthly(monthly, units),
            _ => throw new ArgumentException($"Unknown kind of price plan: {plan.GetType().Name}", nameof(plan)),
        };
    }

    /// <summary>Rates a period from its daily units: the days are summed first, then rated as one period.</summary>
    public static RatedLine RatePeriod(PricePlan plan, IEnumerable<long> dailyUnits)
    {
        ArgumentNullException.ThrowIfNull(dailyUnits);
        long total = 0;
        foreach (var day in dailyUnits)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(day, nameof(dailyUnits));
            total = checked(total + day);
        }

        return Rate(plan, total);
    }

    /// <summary>
    /// What <paramref name="units"/> add to a period that already holds <paramref name="unitsBefore"/>, exact:
    /// <c>Rate(before + units).ExactAmount − Rate(before).ExactAmount</c>. It is what a call is charged (its usage
    /// record, <c>X-Amount-Charged</c>, its receipt). Over any split of a period's units into calls, counted in order,
    /// the amounts add up exactly to the period's exact amount less a monthly fee (the differences telescope):
    /// included units add 0, overage its price, graduated units the price of the tier each falls in, and units
    /// beyond a hard cap 0 (they are not billed).
    /// </summary>
    public static decimal MarginalAmount(PricePlan plan, long unitsBefore, long units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        return Rate(plan, checked(unitsBefore + units)).ExactAmount - Rate(plan, unitsBefore).ExactAmount;
    }

    /// <summary>
    /// The price of the next unit after <paramref name="unitsAlreadyUsedThisPeriod"/>; null when a hard cap refuses
    /// that unit. A usage record shows it as the unit price of its call's first unit.
    /// </summary>
    public static decimal? MarginalUnitPrice(PricePlan plan, long unitsAlreadyUsedThisPeriod)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegative(unitsAlreadyUsedThisPeriod);
        plan.EnsureValid();
        switch (plan)
        {
            case PayPerUsePlan payPerUse:
                // The next unit is number used + 1; it lies in the first tier whose bound reaches it.
                return payPerUse.Tiers.First(t => t.UpToUnits is null || t.UpToUnits > unitsAlreadyUsedThisPeriod).UnitPrice;
            case MonthlyPlan monthly:
                return unitsAlreadyUsedThisPeriod < monthly.IncludedUnits ? 0m : monthly.OverageUnitPrice;
            default:
                throw new ArgumentException($"Unknown kind of price plan: {plan.GetType().Name}", nameof(plan));
        }
    }

    private static RatedLine RatePayPerUse(PayPerUsePlan plan, long units)
    {
        var charges = new List<TierCharge>(plan.Tiers.Count);
        long lowerBound = 0;
        foreach (var tier in plan.Tiers)
        {
            if (units <= lowerBound)
            {
                break;
            }

            var inTier = Math.Min(units, tier.UpToUnits ?? long.MaxValue) - lowerBound;
            charges.Add(new TierCharge(lowerBound + 1, tier.UpToUnits, inTier, tier.UnitPrice, inTier * tier.UnitPrice));
            lowerBound = tier.UpToUnits ?? long.MaxValue;
        }

        var exact = charges.Sum(c => c.ExactAmount);
        return new RatedLine(plan.Id, units, charges, 0, 0, 0m, 0m, 0, 0m, exact, Fen.Round(exact));
    }

    private static RatedLine RateMonthly(MonthlyPlan plan, long units)
    {
        var included = Math.Min(units, plan.IncludedUnits);
        var beyond = units - included;
        var overagePrice = plan.OverageUnitPrice ?? 0m;
        var overageUnits = plan.IsHardCapped ? 0 : beyond;
        var beyondCap = plan.IsHardCapped ? beyond : 0;
        var overageExact = overageUnits * overagePrice;
        var exact = plan.MonthlyFee + overageExact;
        return new RatedLine(plan.Id, units, [], included, overageUnits, overagePrice, overageExact, beyondCap,
            plan.MonthlyFee, exact, Fen.Round(exact));
    }
}
