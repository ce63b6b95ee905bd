using DataZones.Marketplace.Pricing;
using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Tests.Settlement;

public class ProgressiveAllocatorTests
{
    private static readonly PartyId TaxBureau = PartyId.Holder("tax-bureau");
    private static readonly PartyId Operator = PartyId.Operator(AllocationPolicy.DemoOperatorId);

    [Fact]
    public void Allocate_DomainExample_SettlesExactly()
    {
        var policy = AllocationPolicy.DemoDefault("enterprise-verification", "tax-bureau");

        var allocation = ProgressiveAllocator.Allocate(policy, 25_000.00m);

        Assert.Equal("14500.00", Fen.Format(allocation.AmountOf(TaxBureau)));
        Assert.Equal("10500.00", Fen.Format(allocation.AmountOf(Operator)));
        Assert.Equal([10_000m, 15_000m, 0m], allocation.Brackets.Select(b => b.Revenue));
        Assert.Equal([14_500m, 10_500m], allocation.Parts.Select(p => p.ExactAmount));
    }

    [Theory]
    [InlineData("5000.00", "3500.00", "1500.00")]
    [InlineData("10000.00", "7000.00", "3000.00")]
    [InlineData("30000.00", "17000.00", "13000.00")]
    [InlineData("40000.00", "20000.00", "20000.00")]
    [InlineData("0.00", "0.00", "0.00")]
    public void Allocate_DemoPolicyAcrossBrackets_FollowsTheRule(string revenue, string holder, string @operator)
    {
        var allocation = ProgressiveAllocator.Allocate(AllocationPolicy.DemoDefault("p", "tax-bureau"), Parse(revenue));

        Assert.Equal((holder, @operator),
            (Fen.Format(allocation.AmountOf(TaxBureau)), Fen.Format(allocation.AmountOf(Operator))));
    }

    [Fact]
    public void Allocate_ThreeWeightedHolders_PartsSumExactly()
    {
        var policy = AllocationPolicy.DemoDefault("fusion", "a", "b", "c") with
        {
            Holders = [Weighted("a", 1), Weighted("b", 2), Weighted("c", 3)],
        };

        var allocation = ProgressiveAllocator.Allocate(policy, 100.01m);

        // Holders' exact 70.007 split 1:2:3 = 11.66783…, 23.33566…, 35.0035; operator 30.003. Rounding down gives
        // 99.99, so 2 fen are missing; they go to the two largest sub-fen remainders: a (0.00783…) and b (0.00566…).
        Assert.Equal(100.01m, allocation.Parts.Sum(p => p.Amount));
        Assert.Equal(["11.67", "23.34", "35.00", "30.00"], allocation.Parts.Select(p => Fen.Format(p.Amount)));
    }

    [Fact]
    public void Allocate_EqualRemainders_FirstPartyInPolicyOrderGetsTheFen()
    {
        var policy = AllocationPolicy.DemoDefault("p", "first", "second");

        var allocation = ProgressiveAllocator.Allocate(policy, 0.10m);

        // Holders 0.035 each (tie), operator 0.03: one fen is missing and goes to the first holder.
        Assert.Equal(["0.04", "0.03", "0.03"], allocation.Parts.Select(p => Fen.Format(p.Amount)));
    }

    [Fact]
    public void Allocate_MerchantPolicy_PaysAllThreeRoles()
    {
        var policy = new AllocationPolicy("credit-profile", 1, new DateOnly(2025, 1, 1), BracketUnit.Amount, null,
            [new AllocationBracket(1_000m, 0.60m, 0.20m, 0.20m), new AllocationBracket(null, 0.40m, 0.40m, 0.20m)],
            [new HolderWeight(TaxBureau, 1m)], Operator, PartyId.Merchant("fintech-co"));

        var allocation = ProgressiveAllocator.Allocate(policy, 1_500m);

        Assert.Equal(800m, allocation.AmountOf(TaxBureau));
        Assert.Equal(400m, allocation.AmountOf(Operator));
        Assert.Equal(300m, allocation.AmountOf(PartyId.Merchant("fintech-co")));
    }

    [Fact]
    public void Allocate_CreditNote_NegatesTheLineItWouldReverse()
    {
        var policy = AllocationPolicy.DemoDefault("p", "tax-bureau");

        var credit = ProgressiveAllocator.Allocate(policy, -25_000m);

        Assert.Equal(-14_500m, credit.AmountOf(TaxBureau));
        Assert.Equal(-10_500m, credit.AmountOf(Operator));
    }

    /// <summary>
    /// The Alabama paradox of largest-remainder rounding, pinned so the documentation's example stays true: one more
    /// fen of revenue lowers holder a's rounded amount by a fen although its exact amount rises.
    /// </summary>
    [Fact]
    public void Allocate_OneMoreFen_CanLowerARoundedAmountByOneFen()
    {
        var policy = AllocationPolicy.DemoDefault("fusion", "a", "b", "c") with
        {
            Holders = [Weighted("a", 1), Weighted("b", 2), Weighted("c", 3)],
        };

        var before = ProgressiveAllocator.Allocate(policy, 0.21m).Parts[0];
        var after = ProgressiveAllocator.Allocate(policy, 0.22m).Parts[0];

        Assert.True(after.ExactAmount > before.ExactAmount);
        Assert.Equal((0.03m, 0.02m), (before.Amount, after.Amount));
    }

    [Fact]
    public void Allocate_RevenueWithFractionOfAFen_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            ProgressiveAllocator.Allocate(AllocationPolicy.DemoDefault("p", "h"), 10.005m));
    }

    [Fact]
    public void Allocate_InvalidPolicy_Throws()
    {
        var invalid = AllocationPolicy.DemoDefault("p");

        var error = Assert.Throws<InvalidOperationException>(() => ProgressiveAllocator.Allocate(invalid, 1m));

        Assert.Contains(PolicyViolationCodes.NoHolders, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AmountOf_PartyNotInTheAllocation_Throws()
    {
        var allocation = ProgressiveAllocator.Allocate(AllocationPolicy.DemoDefault("p", "h"), 1m);

        Assert.Throws<ArgumentException>(() => allocation.AmountOf(PartyId.Holder("someone-else")));
    }

    private static HolderWeight Weighted(string id, decimal weight) => new(PartyId.Holder(id), weight);

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
