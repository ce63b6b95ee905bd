using DataZones.Marketplace.Settlement;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Marketplace.Tests.Settlement;

/// <summary>The settlement invariants, for random valid policies and revenues. A failure prints FsCheck's replay seed.</summary>
public class ProgressiveAllocatorPropertyTests
{
    private static readonly Gen<(AllocationPolicy Policy, decimal Revenue, decimal Step)> Grow =
        from pair in PolicyGen.WithRevenue
        from stepFen in Gen.OneOf(Gen.Choose(1, 5), Gen.Choose(1, 100_000_000))
        select (pair.Policy, pair.Revenue, stepFen * 0.01m);

    [Fact]
    public void Allocate_AnyValidPolicyAndRevenue_PartsAddUpExactlyToRevenue() =>
        PropertyRun.ForAll(PolicyGen.WithRevenue, c =>
        {
            var allocation = ProgressiveAllocator.Allocate(c.Policy, c.Revenue);
            Assert.Equal(c.Revenue, allocation.Parts.Sum(p => p.Amount));
            Assert.All(allocation.Parts, p => Assert.Equal(p.Amount, decimal.Round(p.Amount, 2)));
        }, maxTest: 1000);

    [Fact]
    public void Allocate_RevenueGrows_NoExactAmountDecreases() =>
        PropertyRun.ForAll(Grow, c =>
        {
            var before = ProgressiveAllocator.Allocate(c.Policy, c.Revenue).Parts;
            var after = ProgressiveAllocator.Allocate(c.Policy, c.Revenue + c.Step).Parts;
            Assert.All(before.Zip(after), pair => Assert.True(pair.Second.ExactAmount >= pair.First.ExactAmount,
                $"{pair.First.Party}: {pair.First.ExactAmount} at {c.Revenue}, {pair.Second.ExactAmount} at {c.Revenue + c.Step}"));
        }, maxTest: 1000);

    /// <summary>
    /// Largest-remainder rounding can move a party's rounded amount down by one fen as revenue grows (the Alabama
    /// paradox of apportionment), so the rounded guarantee is weaker than the exact one: every rounded amount is
    /// within one fen of its exact amount, and therefore never falls by more than one fen as revenue grows.
    /// </summary>
    [Fact]
    public void Allocate_RevenueGrows_RoundedAmountNeverFallsByMoreThanOneFen() =>
        PropertyRun.ForAll(Grow, c =>
        {
            var before = ProgressiveAllocator.Allocate(c.Policy, c.Revenue).Parts;
            var after = ProgressiveAllocator.Allocate(c.Policy, c.Revenue + c.Step).Parts;
            Assert.All(before.Concat(after), p => Assert.True(Math.Abs(p.Amount - p.ExactAmount) < 0.01m,
                $"{p.Party}: rounded {p.Amount} is a fen or more from exact {p.ExactAmount}"));
            Assert.All(before.Zip(after), pair => Assert.True(pair.Second.Amount >= pair.First.Amount - 0.01m,
                $"{pair.First.Party}: {pair.First.Amount} at {c.Revenue}, {pair.Second.Amount} at {c.Revenue + c.Step}"));
        }, maxTest: 1000);

    /// <summary>The operator's marginal share never falls: its exact amount is convex in revenue, so each further
    /// step of revenue gives the operator at least as much as the step before it.</summary>
    [Fact]
    public void Allocate_EqualRevenueSteps_OperatorGainsNoLessOnEachLaterStep() =>
        PropertyRun.ForAll(Grow, c =>
        {
            decimal Operator(decimal revenue) => ProgressiveAllocator.Allocate(c.Policy, revenue).Parts
                .Single(p => p.Party.Kind == PartyKind.Operator).ExactAmount;
            var first = Operator(c.Revenue + c.Step) - Operator(c.Revenue);
            var second = Operator(c.Revenue + 2 * c.Step) - Operator(c.Revenue + c.Step);
            Assert.True(second >= first, $"operator gained {first} then {second} on steps of {c.Step} from {c.Revenue}");
        }, maxTest: 1000);

    [Fact]
    public void Allocate_CreditNote_IsTheExactNegationOfTheSameLine() =>
        PropertyRun.ForAll(PolicyGen.WithRevenue, c =>
        {
            var line = ProgressiveAllocator.Allocate(c.Policy, c.Revenue).Parts;
            var credit = ProgressiveAllocator.Allocate(c.Policy, -c.Revenue).Parts;
            Assert.Equal(line.Select(p => (p.Party, -p.Amount)), credit.Select(p => (p.Party, p.Amount)));
        });

    [Fact]
    public void Validate_PolicyWithOneRuleBroken_ReportsThatRuleAndAllocateRefusesIt() =>
        PropertyRun.ForAll(PolicyBreaker.Broken, c =>
        {
            var codes = AllocationPolicyValidator.Validate(c.Policy).Select(v => v.Code).ToList();
            Assert.Contains(c.ExpectedCode, codes);
            Assert.Throws<InvalidOperationException>(() => ProgressiveAllocator.Allocate(c.Policy, 100m));
        }, maxTest: 1000);

    [Fact]
    public void Validate_GeneratedValidPolicies_HaveNoViolations() =>
        PropertyRun.ForAll(PolicyGen.Valid, policy => Assert.Empty(AllocationPolicyValidator.Validate(policy)));
}
