namespace DataZones.Marketplace.Pricing;

/// <summary>
/// Pay per use: every unit of the period is charged, at one flat unit price or by graduated tiers. Graduated means
/// like tax brackets: with tiers 1–10,000 at ¥0.50, 10,001–100,000 at ¥0.40 and above at ¥0.30, a period of 12,000
/// units costs 10,000 × 0.50 + 2,000 × 0.40 — each tier's price applies only to the units inside it.
/// </summary>
/// <param name="Id">Stable plan identifier.</param>
/// <param name="Tiers">Ascending tiers, the last open-ended; a flat price is a single open tier.</param>
public sealed record PayPerUsePlan(string Id, IReadOnlyList<PriceTier> Tiers) : PricePlan(Id)
{
    /// <summary>A flat price per unit, whatever the volume.</summary>
    public static PayPerUsePlan Flat(string id, decimal unitPrice) => new(id, [new PriceTier(null, unitPrice)]);

    /// <summary>Graduated tiers, given in ascending order with the last open-ended.</summary>
    public static PayPerUsePlan Graduated(string id, params PriceTier[] tiers) => new(id, tiers);

    /// <summary>Whether the plan has a single price for every unit.</summary>
    public bool IsFlat => Tiers.Count == 1;

    private protected override void AddViolations(List<PlanViolation> violations)
    {
        if (Tiers is null || Tiers.Count == 0)
        {
            violations.Add(new(PlanViolationCodes.NoTiers, "a pay-per-use plan needs at least one price tier"));
            return;
        }

        long previousBound = 0;
        for (var i = 0; i < Tiers.Count; i++)
        {
            var tier = Tiers[i];
            var where = $"tier {i + 1}";
            var isLast = i == Tiers.Count - 1;
            PriceRules.CheckUnitPrice(tier.UnitPrice, where, violations);
            if (tier.UpToUnits is null && !isLast)
            {
                violations.Add(new(PlanViolationCodes.TierOpenBeforeLast, $"{where} is open-ended but is not the last tier"));
                continue;
            }

            if (tier.UpToUnits is { } bound)
            {
                if (isLast)
                {
                    violations.Add(new(PlanViolationCodes.LastTierBounded,
                        $"{where} is the last tier and must be open-ended, but stops at {bound} units"));
                }

                if (bound <= previousBound)
                {
                    violations.Add(new(PlanViolationCodes.TierBoundsNotAscending,
                        $"{where} stops at {bound} units, which is not above the previous bound {previousBound}"));
                }

                previousBound = Math.Max(previousBound, bound);
            }
        }
    }
}
