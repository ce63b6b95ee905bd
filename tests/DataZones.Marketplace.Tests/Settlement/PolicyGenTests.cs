using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Tests.Settlement;

/// <summary>
/// The generators must stay inside the validator's domain: a property over "any valid policy" that is fed an invalid
/// one fails with a refusal from the allocator, which looks like a settlement bug but is not one.
/// </summary>
public class PolicyGenTests
{
    /// <summary>
    /// The largest step the generator draws for a baseline-multiple bound (20,000×) once came out as a step of 0, so
    /// a bound equalled the one before it (or 0 for the first) and the policy broke the strictly-ascending rule; the
    /// exact-sum property then failed about once in two million cases.
    /// </summary>
    [Fact]
    public void Build_LargestBaselineMultipleSteps_GivesAValidPolicy()
    {
        var policy = PolicyGen.Build(BracketUnit.BaselineMultiple, baselineFen: 3_364_274,
            steps: [2_000_000, 1, 2_000_000], operatorPercents: [10, 20, 30, 40], hasMerchant: true,
            merchantDraws: [5, 5, 5, 5], weights: [10, 20]);

        Assert.Empty(AllocationPolicyValidator.Validate(policy));
        Assert.Equal([20_000m, 20_000.01m, 40_000.01m], policy.Brackets.SkipLast(1).Select(b => b.UpTo!.Value));
        // The last bound in yuan carries fractions of a fen (a multiple of a baseline in fen); revenues are whole fen.
        var revenue = decimal.Floor(policy.UpperBoundAmount(2)!.Value * 100m) * 0.01m;
        Assert.Equal(revenue, ProgressiveAllocator.Allocate(policy, revenue).Parts.Sum(p => p.Amount));
    }
}
