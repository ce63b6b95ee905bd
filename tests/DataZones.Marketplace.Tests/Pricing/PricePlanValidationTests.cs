using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Tests.Pricing;

public class PricePlanValidationTests
{
    [Fact]
    public void Validate_WellFormedPlans_HaveNoViolations()
    {
        Assert.Empty(PlanRatingTests.Graduated.Validate());
        Assert.Empty(PayPerUsePlan.Flat("payg", 0.0125m).Validate());
        Assert.Empty(MonthlyPlan.WithOverage("monthly-basic", 999m, 10_000, 0.08m).Validate());
        Assert.Empty(MonthlyPlan.HardCapped("monthly-capped", 0m, 1_000).Validate());
    }

    [Fact]
    public void Validate_TiersBrokenSeveralWays_ReportsEveryViolationAtOnce()
    {
        var plan = PayPerUsePlan.Graduated("Bad Id",
            new PriceTier(10_000, -0.5m),
            new PriceTier(null, 0.40m),
            new PriceTier(5_000, 0.12345m));

        var codes = plan.Validate().Select(v => v.Code).ToList();

        Assert.Equal(
            [
                PlanViolationCodes.IdInvalid,
                PlanViolationCodes.PriceNegative,
                PlanViolationCodes.TierOpenBeforeLast,
                PlanViolationCodes.PriceTooPrecise,
                PlanViolationCodes.LastTierBounded,
                PlanViolationCodes.TierBoundsNotAscending,
            ],
            codes);
    }

    [Fact]
    public void Validate_Violation_NamesTheTier()
    {
        var plan = PayPerUsePlan.Graduated("payg", new PriceTier(100, 0.5m), new PriceTier(null, 0.123456m));

        var violation = Assert.Single(plan.Validate());

        Assert.Equal(PlanViolationCodes.PriceTooPrecise, violation.Code);
        Assert.Contains("tier 2", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TrailingZerosBeyondFourDecimals_AreNotExtraPrecision()
    {
        Assert.Empty(PayPerUsePlan.Flat("payg", 0.012500m).Validate());
    }

    [Fact]
    public void Validate_NoTiers_Reported()
    {
        Assert.Equal(PlanViolationCodes.NoTiers, Assert.Single(new PayPerUsePlan("payg", []).Validate()).Code);
    }

    [Fact]
    public void Validate_MonthlyPlanBrokenSeveralWays_ReportsEveryViolation()
    {
        var codes = new MonthlyPlan("monthly", -1.005m, -5, -0.1m).Validate().Select(v => v.Code).ToList();

        Assert.Equal(
            [
                PlanViolationCodes.FeeNegative,
                PlanViolationCodes.FeeNotWholeFen,
                PlanViolationCodes.IncludedUnitsNegative,
                PlanViolationCodes.PriceNegative,
            ],
            codes);
    }

    [Fact]
    public void Validate_HardCapWithNothingIncluded_Reported()
    {
        var violation = Assert.Single(MonthlyPlan.HardCapped("monthly", 10m, 0).Validate());

        Assert.Equal(PlanViolationCodes.HardCapWithoutIncludedUnits, violation.Code);
    }

    [Fact]
    public void EnsureValid_InvalidPlan_ThrowsNamingEveryCode()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new MonthlyPlan("m", -1m, -1, null).EnsureValid());

        Assert.Contains(PlanViolationCodes.FeeNegative, error.Message, StringComparison.Ordinal);
        Assert.Contains(PlanViolationCodes.IncludedUnitsNegative, error.Message, StringComparison.Ordinal);
    }
}
