using DataZones.Marketplace.Pricing;

namespace DataZones.Marketplace.Tests.Pricing;

public class PlanRatingTests
{
    /// <summary>Units 1–10,000 at ¥0.50, 10,001–100,000 at ¥0.40, above at ¥0.30.</summary>
    internal static readonly PayPerUsePlan Graduated = PayPerUsePlan.Graduated("payg-graduated",
        new PriceTier(10_000, 0.50m), new PriceTier(100_000, 0.40m), new PriceTier(null, 0.30m));

    [Fact]
    public void Rate_Flat_ChargesEveryUnit()
    {
        var line = PlanRating.Rate(PayPerUsePlan.Flat("payg", 0.20m), 1_234);

        Assert.Equal(246.80m, line.Amount);
        var tier = Assert.Single(line.Tiers);
        Assert.Equal(1_234, tier.Units);
    }

    [Fact]
    public void Rate_IntoSecondTier_PricesEachTierOnlyForItsOwnUnits()
    {
        var line = PlanRating.Rate(Graduated, 12_000);

        // Graduated, not volume: 10,000 × 0.50 + 2,000 × 0.40, not 12,000 × 0.40.
        Assert.Equal(5_800.00m, line.Amount);
        Assert.Equal([(1L, 10_000L, 5_000m), (10_001L, 2_000L, 800m)],
            line.Tiers.Select(t => (t.FirstUnit, t.Units, t.ExactAmount)));
    }

    [Fact]
    public void Rate_AboveLastBound_UsesAllThreeTiers()
    {
        var line = PlanRating.Rate(Graduated, 150_000);

        Assert.Equal(5_000m + 36_000m + 15_000m, line.Amount);
        Assert.Equal([10_000L, 90_000L, 50_000L], line.Tiers.Select(t => t.Units));
        Assert.Null(line.Tiers[2].LastUnit);
    }

    [Fact]
    public void Rate_ExactlyOnATierBound_StaysInThatTier()
    {
        var line = PlanRating.Rate(Graduated, 10_000);

        Assert.Equal(5_000m, Assert.Single(line.Tiers).ExactAmount);
    }

    [Fact]
    public void Rate_NoUnits_ChargesNothing()
    {
        var line = PlanRating.Rate(Graduated, 0);

        Assert.Empty(line.Tiers);
        Assert.Equal(0m, line.Amount);
    }

    [Fact]
    public void Rate_FractionalFenPrice_RoundsOnceAtTheLine()
    {
        // Three calls at ¥0.0125 are ¥0.0375 exactly, invoiced as ¥0.04. Rounding each call first would give ¥0.03.
        var line = PlanRating.Rate(PayPerUsePlan.Flat("payg", 0.0125m), 3);

        Assert.Equal(0.0375m, line.ExactAmount);
        Assert.Equal(0.04m, line.Amount);
        Assert.Equal(0.0375m, Assert.Single(line.Tiers).ExactAmount);
    }

    [Fact]
    public void Rate_ExactHalfFen_RoundsAwayFromZero()
    {
        Assert.Equal(0.01m, PlanRating.Rate(PayPerUsePlan.Flat("payg", 0.0005m), 10).Amount);
        Assert.Equal(0.03m, PlanRating.Rate(PayPerUsePlan.Flat("payg", 0.0025m), 10).Amount);
    }

    [Fact]
    public void Rate_MonthlyWithinIncludedUnits_ChargesTheFeeOnly()
    {
        var line = PlanRating.Rate(MonthlyPlan.WithOverage("monthly-basic", 999m, 10_000, 0.08m), 7_500);

        Assert.Equal((7_500L, 0L, 0L), (line.IncludedUnitsUsed, line.OverageUnits, line.UnitsBeyondCap));
        Assert.Equal(999m, line.MonthlyFee);
        Assert.Equal(999.00m, line.Amount);
    }

    [Fact]
    public void Rate_MonthlyBeyondIncludedUnits_ChargesOverage()
    {
        var line = PlanRating.Rate(MonthlyPlan.WithOverage("monthly-basic", 999m, 10_000, 0.0125m), 10_301);

        Assert.Equal(10_000, line.IncludedUnitsUsed);
        Assert.Equal(301, line.OverageUnits);
        Assert.Equal(3.7625m, line.OverageExactAmount);
        Assert.Equal(1_002.76m, line.Amount);
    }

    [Fact]
    public void Rate_HardCapExceededByMetering_ReportsUnitsBeyondCapAndBillsNoneOfThem()
    {
        var line = PlanRating.Rate(MonthlyPlan.HardCapped("monthly-capped", 500m, 1_000), 1_003);

        Assert.Equal(3, line.UnitsBeyondCap);
        Assert.Equal(0, line.OverageUnits);
        Assert.Equal(1_000, line.BilledUnits);
        Assert.Equal(500.00m, line.Amount);
    }

    [Fact]
    public void RatePeriod_DailyUnits_AreSummedBeforeTiersApply()
    {
        var days = new long[] { 6_000, 6_000 };

        var line = PlanRating.RatePeriod(Graduated, days);

        // Day by day each 6,000 would stay in the ¥0.50 tier (¥6,000); over the month 2,000 units reach ¥0.40.
        Assert.Equal(5_800m, line.Amount);
        Assert.Equal(12_000, line.Units);
    }

    [Theory]
    [InlineData(0L, "0.50")]
    [InlineData(9_999L, "0.50")]
    [InlineData(10_000L, "0.40")]
    [InlineData(99_999L, "0.40")]
    [InlineData(100_000L, "0.30")]
    public void MarginalUnitPrice_Graduated_IsThePriceOfTheNextUnit(long used, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            PlanRating.MarginalUnitPrice(Graduated, used));
    }

    [Fact]
    public void MarginalUnitPrice_Monthly_IsZeroWhileIncludedThenOverageOrRefused()
    {
        var overage = MonthlyPlan.WithOverage("monthly-basic", 999m, 100, 0.08m);
        var capped = MonthlyPlan.HardCapped("monthly-capped", 999m, 100);

        Assert.Equal(0m, PlanRating.MarginalUnitPrice(overage, 99));
        Assert.Equal(0.08m, PlanRating.MarginalUnitPrice(overage, 100));
        Assert.Equal(0m, PlanRating.MarginalUnitPrice(capped, 99));
        Assert.Null(PlanRating.MarginalUnitPrice(capped, 100));
        Assert.Equal(100, capped.UnitCapPerPeriod);
        Assert.Null(overage.UnitCapPerPeriod);
    }

    [Fact]
    public void Rate_InvalidPlan_Throws()
    {
        var invalid = PayPerUsePlan.Flat("payg", -1m);

        Assert.Throws<InvalidOperationException>(() => PlanRating.Rate(invalid, 10));
    }

    [Fact]
    public void Rate_NegativeUnits_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanRating.Rate(Graduated, -1));
    }
}
