using DataZones.Marketplace.Settlement;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Marketplace.Tests.Settlement;

/// <summary>
/// Random valid allocation policies: 1–5 brackets in amounts or baseline multiples, shares in whole percent with the
/// operator's share rising (5–95 %), 1–4 weighted holders, and a merchant half of the time. Revenues are whole fen,
/// small, large, or a few fen either side of a bracket bound, where rounding is most delicate.
/// </summary>
internal static class PolicyGen
{
    public static Gen<AllocationPolicy> Valid { get; } =
        from count in Gen.Choose(1, 5)
        from unit in Gen.Elements(BracketUnit.Amount, BracketUnit.BaselineMultiple)
        from baselineFen in Gen.Choose(1, 5_000_000)
        from steps in Gen.ListOf(Gen.Choose(1, 2_000_000), count - 1)
        from operatorPercents in Gen.ListOf(Gen.Choose(5, 95), count)
        from hasMerchant in Gen.Elements(true, false)
        from merchantDraws in Gen.ListOf(Gen.Choose(0, 100), count)
        from weights in Gen.NonEmptyListOf(Gen.Choose(1, 1000)).Select(w => w.Take(4).ToList())
        select Build(unit, baselineFen, steps, operatorPercents, hasMerchant, merchantDraws, weights);

    /// <summary>A valid policy and a revenue (whole fen, non-negative) to allocate under it.</summary>
    public static Gen<(AllocationPolicy Policy, decimal Revenue)> WithRevenue { get; } =
        from policy in Valid
        from revenue in Revenue(policy)
        select (policy, revenue);

    public static Gen<decimal> Revenue(AllocationPolicy policy)
    {
        var bounds = Enumerable.Range(0, policy.Brackets.Count - 1)
            .Select(i => policy.UpperBoundAmount(i)!.Value)
            .Select(b => (long)decimal.Floor(b * 100m))
            .DefaultIfEmpty(0)
            .ToArray();
        var small = Gen.Choose(0, 10_000).Select(f => (long)f);
        var large = Gen.Choose(0, int.MaxValue).Select(f => (long)f * 5);
        var nearBound = from bound in Gen.Elements(bounds) from offset in Gen.Choose(-3, 3) select Math.Max(0, bound + offset);
        return Gen.OneOf(small, large, nearBound).Select(fen => fen * 0.01m);
    }

    internal static AllocationPolicy Build(BracketUnit unit, int baselineFen, List<int> steps, List<int> operatorPercents,
        bool hasMerchant, List<int> merchantDraws, List<int> weights)
    {
        operatorPercents.Sort();
        var brackets = new List<AllocationBracket>();
        decimal bound = 0;
        for (var i = 0; i < operatorPercents.Count; i++)
        {
            decimal? upTo = null;
            if (i < steps.Count)
            {
                // Amount bounds are whole fen; multiples are hundredths of the baseline (0.01× to 20,000×). Every
                // step is at least one hundredth, as bounds must rise strictly for the policy to be valid.
                bound += steps[i] * 0.01m;
                upTo = bound;
            }

            var operatorPercent = operatorPercents[i];
            var merchantPercent = hasMerchant ? merchantDraws[i] % (101 - operatorPercent) : 0;
            if (hasMerchant && i == 0 && merchantPercent == 0)
            {
                merchantPercent = 1; // a named merchant must be paid somewhere; the holders keep at least 4 %.
            }

            brackets.Add(new AllocationBracket(upTo, (100 - operatorPercent - merchantPercent) * 0.01m,
                operatorPercent * 0.01m, merchantPercent * 0.01m));
        }

        var holders = weights.Select((w, i) => new HolderWeight(PartyId.Holder($"holder-{i + 1}"), w * 0.1m)).ToList();
        return new AllocationPolicy("product-x", 1, new DateOnly(2025, 1, 1), unit, baselineFen * 0.01m, brackets,
            holders, PartyId.Operator("operator"), hasMerchant ? PartyId.Merchant("merchant-1") : null);
    }
}
