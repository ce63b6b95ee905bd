using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Tests.Settlement;

public class AllocationPolicyValidatorTests
{
    [Fact]
    public void Validate_DemoDefault_IsValid()
    {
        Assert.Empty(AllocationPolicyValidator.Validate(AllocationPolicy.DemoDefault("p", "a", "b")));
    }

    [Fact]
    public void Validate_PolicyBrokenEverywhere_ReportsEveryViolationAtOnce()
    {
        var policy = new AllocationPolicy("", 0, new DateOnly(2025, 1, 1), BracketUnit.BaselineMultiple, null,
            [
                new AllocationBracket(2m, 0.50m, 0.40m, 0.10m),
                new AllocationBracket(1m, 0.70m, 0.30m),
                new AllocationBracket(5m, 1.20m, -0.20m),
            ],
            [new HolderWeight(PartyId.Holder("a"), 0m), new HolderWeight(PartyId.Holder("a"), 1m)],
            PartyId.Holder("operator"));

        var codes = AllocationPolicyValidator.Validate(policy).Select(v => v.Code).ToHashSet();

        Assert.Equal(
            new HashSet<string>
            {
                PolicyViolationCodes.ProductIdMissing,
                PolicyViolationCodes.VersionNotPositive,
                PolicyViolationCodes.BaselineMissing,
                PolicyViolationCodes.BracketBoundsNotAscending,
                PolicyViolationCodes.LastBracketBounded,
                PolicyViolationCodes.ShareOutOfRange,
                PolicyViolationCodes.OperatorShareDecreases,
                PolicyViolationCodes.MerchantShareWithoutMerchant,
                PolicyViolationCodes.HolderWeightNotPositive,
                PolicyViolationCodes.DuplicateHolder,
                PolicyViolationCodes.PartyKindMismatch,
            },
            codes);
    }

    [Fact]
    public void Validate_HolderWeightBeyondTheMaximum_IsRefusedAtTheEdge()
    {
        // Once accepted, a weight of 1e20 made the exact split overflow decimal at settlement time.
        var demo = AllocationPolicy.DemoDefault("p", "a", "b");
        var policy = demo with { Holders = [demo.Holders[0] with { Weight = 1e20m }, demo.Holders[1]] };

        var violation = Assert.Single(AllocationPolicyValidator.Validate(policy));

        Assert.Equal(PolicyViolationCodes.HolderWeightTooLarge, violation.Code);
    }

    [Fact]
    public void Allocate_LargestWeightsAndLargestRevenue_SettleExactly()
    {
        var demo = AllocationPolicy.DemoDefault("p", "a", "b");
        var policy = demo with { Holders = [demo.Holders[0] with { Weight = HolderWeight.Maximum }, demo.Holders[1] with { Weight = 0.0001m }] };
        var revenue = long.MaxValue / 100m;

        var allocation = ProgressiveAllocator.Allocate(policy, revenue);

        Assert.Empty(AllocationPolicyValidator.Validate(policy));
        Assert.Equal(revenue, allocation.Parts.Sum(p => p.Amount));
    }

    [Fact]
    public void Validate_SharesNotSummingToOne_NamesTheBracket()
    {
        var policy = AllocationPolicy.DemoDefault("p", "a") with
        {
            Brackets =
            [
                new AllocationBracket(1m, 0.70m, 0.30m),
                new AllocationBracket(3m, 0.45m, 0.50m),
                new AllocationBracket(null, 0.30m, 0.70m),
            ],
        };

        var violation = Assert.Single(AllocationPolicyValidator.Validate(policy));

        Assert.Equal(PolicyViolationCodes.SharesDoNotSumToOne, violation.Code);
        Assert.Equal("bracket 2 (1× to 3×): the shares sum to 0.95, not 1", violation.Message);
    }

    [Fact]
    public void Validate_OperatorShareFallingAboveBaseline_Rejected()
    {
        var policy = AllocationPolicy.DemoDefault("p", "a") with
        {
            Brackets = [new AllocationBracket(1m, 0.50m, 0.50m), new AllocationBracket(null, 0.70m, 0.30m)],
        };

        var violation = Assert.Single(AllocationPolicyValidator.Validate(policy));

        Assert.Equal(PolicyViolationCodes.OperatorShareDecreases, violation.Code);
        Assert.StartsWith("bracket 2 (above 1×)", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OpenBracketBeforeTheLast_Rejected()
    {
        var policy = AllocationPolicy.DemoDefault("p", "a") with
        {
            Brackets = [new AllocationBracket(null, 0.70m, 0.30m), new AllocationBracket(null, 0.50m, 0.50m)],
        };

        Assert.Equal([PolicyViolationCodes.BracketOpenBeforeLast],
            AllocationPolicyValidator.Validate(policy).Select(v => v.Code));
    }

    [Fact]
    public void Validate_NonPositiveBaselineOrNoBrackets_Rejected()
    {
        var policy = AllocationPolicy.DemoDefault("p", "a") with { Baseline = 0m, Brackets = [] };

        Assert.Equal([PolicyViolationCodes.BaselineNotPositive, PolicyViolationCodes.NoBrackets],
            AllocationPolicyValidator.Validate(policy).Select(v => v.Code));
    }

    [Fact]
    public void Validate_NamedMerchantWithoutShareOrNoHolders_Rejected()
    {
        var policy = AllocationPolicy.DemoDefault("p") with { Merchant = PartyId.Merchant("m") };

        Assert.Equal([PolicyViolationCodes.NoHolders, PolicyViolationCodes.MerchantWithoutShare],
            AllocationPolicyValidator.Validate(policy).Select(v => v.Code));
    }

    [Fact]
    public void Validate_AmountBracketsWithoutBaseline_AreValid()
    {
        var policy = AllocationPolicy.DemoDefault("p", "a") with
        {
            BracketUnit = BracketUnit.Amount,
            Baseline = null,
            Brackets = [new AllocationBracket(500m, 0.8m, 0.2m), new AllocationBracket(null, 0.6m, 0.4m)],
        };

        Assert.Empty(AllocationPolicyValidator.Validate(policy));
    }

    [Fact]
    public void Breaker_CoversEveryViolationCode()
    {
        var all = typeof(PolicyViolationCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        Assert.Equal(all, PolicyBreaker.Codes.ToHashSet());
    }
}
