using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Tests.Settlement;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Marketplace.Tests.Pricing;

/// <summary>Rating invariants over random plans and usage. A failure prints FsCheck's replay seed.</summary>
public class PlanRatingPropertyTests
{
    private static readonly Gen<decimal> UnitPrice = Gen.Choose(0, 2_000_000).Select(p => p * 0.0001m);

    private static readonly Gen<PayPerUsePlan> GraduatedPlan =
        from steps in Gen.ListOf(Gen.Choose(1, 50_000), 3)
        from count in Gen.Choose(0, 3)
        from prices in Gen.ListOf(UnitPrice, 4)
        select PayPerUsePlan.Graduated("payg", [.. Enumerable.Range(0, count + 1).Select(i =>
            new PriceTier(i < count ? steps.Take(i + 1).Sum(s => (long)s) : null, prices[i]))]);

    private static readonly Gen<PricePlan> MonthlyPlans =
        from fenFee in Gen.Choose(0, 10_000_000)
        from included in Gen.Choose(1, 100_000)
        from overage in Gen.OneOf(UnitPrice.Select(p => (decimal?)p), Gen.Constant((decimal?)null))
        select (PricePlan)new MonthlyPlan("monthly", fenFee * 0.01m, included, overage);

    [Fact]
    public void Rate_FlatPrice_MonthEqualsSumOfDaysBeforeRounding() =>
        PropertyRun.ForAll(
            from price in UnitPrice
            from days in Gen.ListOf(Gen.Choose(0, 5_000_000), 31).Select(d => d.Select(u => (long)u).ToList())
            from dayCount in Gen.Choose(28, 31)
            select (Plan: PayPerUsePlan.Flat("payg", price), Days: days.Take(dayCount).ToList()),
            c =>
            {
                var month = PlanRating.RatePeriod(c.Plan, c.Days);
                var sumOfDays = c.Days.Sum(d => PlanRating.Rate(c.Plan, d).ExactAmount);
                Assert.Equal(sumOfDays, month.ExactAmount);
                Assert.Equal(Fen.Round(sumOfDays), month.Amount);
            });

    [Fact]
    public void Rate_OneMoreUnit_CostsExactlyTheMarginalUnitPrice() =>
        PropertyRun.ForAll(
            from plan in GraduatedPlan
            from used in Gen.Choose(0, 200_000)
            select (plan, (long)used),
            c =>
            {
                var (plan, used) = c;
                var step = PlanRating.Rate(plan, used + 1).ExactAmount - PlanRating.Rate(plan, used).ExactAmount;
                Assert.Equal(PlanRating.MarginalUnitPrice(plan, used), step);
            });

    [Fact]
    public void MarginalAmount_AnySplitOfAPeriodIntoCalls_AddsUpToThePeriodLessItsFee() =>
        PropertyRun.ForAll(
            from plan in Gen.OneOf(GraduatedPlan.Select(p => (PricePlan)p), MonthlyPlans)
            from calls in Gen.ListOf(Gen.Choose(0, 20_000), 12).Select(c => c.Select(u => (long)u).ToList())
            select (plan, calls),
            c =>
            {
                var (plan, calls) = c;
                long before = 0;
                var told = 0m;
                foreach (var units in calls)
                {
                    var amount = PlanRating.MarginalAmount(plan, before, units);
                    Assert.True(amount >= 0);
                    told += amount;
                    before += units;
                }
                var month = PlanRating.Rate(plan, before);
                Assert.Equal(month.ExactAmount - month.MonthlyFee, told);
            });

    [Fact]
    public void Rate_Graduated_TierUnitsAddUpToTheUnitsUsed() =>
        PropertyRun.ForAll(
            from plan in GraduatedPlan
            from units in Gen.Choose(0, 300_000)
            select (plan, (long)units),
            c =>
            {
                var line = PlanRating.Rate(c.Item1, c.Item2);
                Assert.Equal(c.Item2, line.Tiers.Sum(t => t.Units));
                Assert.Equal(line.Tiers.Sum(t => t.ExactAmount), line.ExactAmount);
                Assert.True(Math.Abs(line.Amount - line.ExactAmount) <= 0.005m);
            });

    [Fact]
    public void Rate_Monthly_IncludedOverageAndCappedUnitsAccountForEveryUnit() =>
        PropertyRun.ForAll(
            from fenFee in Gen.Choose(0, 10_000_000)
            from included in Gen.Choose(1, 100_000)
            from overage in Gen.OneOf(UnitPrice.Select(p => (decimal?)p), Gen.Constant((decimal?)null))
            from units in Gen.Choose(0, 300_000)
            select (Plan: new MonthlyPlan("monthly", fenFee * 0.01m, included, overage), Units: (long)units),
            c =>
            {
                var line = PlanRating.Rate(c.Plan, c.Units);
                Assert.Equal(c.Units, line.IncludedUnitsUsed + line.OverageUnits + line.UnitsBeyondCap);
                Assert.Equal(c.Plan.MonthlyFee + line.OverageUnits * (c.Plan.OverageUnitPrice ?? 0m), line.ExactAmount);
                Assert.True(line.Amount >= c.Plan.MonthlyFee);
            });
}
