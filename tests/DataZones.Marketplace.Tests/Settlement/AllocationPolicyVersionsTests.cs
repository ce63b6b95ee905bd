using DataZones.Marketplace.Settlement;

namespace DataZones.Marketplace.Tests.Settlement;

public class AllocationPolicyVersionsTests
{
    private static readonly AllocationPolicy V1 = AllocationPolicy.DemoDefault("p", "a");
    private static readonly AllocationPolicy V2 = V1 with { Version = 2, EffectiveFrom = new DateOnly(2025, 3, 1), Baseline = 20_000m };
    private static readonly AllocationPolicy V3 = V1 with { Version = 3, EffectiveFrom = new DateOnly(2025, 6, 15), Baseline = 5_000m };

    [Theory]
    [InlineData(2025, 2, 1, 1)]
    [InlineData(2025, 3, 1, 2)]
    [InlineData(2025, 6, 1, 2)]
    [InlineData(2025, 7, 1, 3)]
    public void InForce_PeriodStart_PicksTheLatestVersionAlreadyEffective(int year, int month, int day, int expected)
    {
        var policy = AllocationPolicyVersions.InForce([V3, V1, V2], new DateOnly(year, month, day));

        Assert.Equal(expected, policy?.Version);
    }

    [Fact]
    public void InForce_SettledWithTheVersionInForce_UsesThatVersionsBaseline()
    {
        var march = AllocationPolicyVersions.InForce([V1, V2], new DateOnly(2025, 3, 1))!;

        var allocation = ProgressiveAllocator.Allocate(march, 25_000m);

        // Baseline ¥20,000 in v2: 20,000 × 70 % + 5,000 × 50 % = 16,500 to the holder.
        Assert.Equal((2, 16_500m), (allocation.PolicyVersion, allocation.AmountOf(PartyId.Holder("a"))));
    }

    [Fact]
    public void InForce_SameEffectiveDate_HigherVersionWins()
    {
        var correction = V2 with { Version = 4 };

        Assert.Equal(4, AllocationPolicyVersions.InForce([V1, V2, correction], new DateOnly(2025, 4, 1))!.Version);
    }

    [Fact]
    public void InForce_NothingEffectiveYet_IsNull()
    {
        Assert.Null(AllocationPolicyVersions.InForce([V2], new DateOnly(2025, 2, 1)));
    }

    [Fact]
    public void InForce_MixedProductsOrRepeatedVersion_Throws()
    {
        Assert.Throws<ArgumentException>(() => AllocationPolicyVersions.InForce([V1, V2 with { ProductId = "q" }], new DateOnly(2025, 4, 1)));
        Assert.Throws<ArgumentException>(() => AllocationPolicyVersions.InForce([V1, V1], new DateOnly(2025, 4, 1)));
    }
}
