using DataZones.Marketplace.Settlement;
using FsCheck;
using FsCheck.Fluent;

namespace DataZones.Marketplace.Tests.Settlement;

/// <summary>
/// Breaks exactly one rule of a valid policy (from <see cref="PolicyGen.Valid"/>) and names the violation code the
/// validator must then report. A rule that cannot be broken in a given policy (e.g. bracket order with one bracket)
/// is skipped for that policy.
/// </summary>
internal static class PolicyBreaker
{
    private delegate AllocationPolicy? Break(AllocationPolicy policy, int pick);

    private static readonly (string Code, Break Apply)[] Rules =
    [
        (PolicyViolationCodes.ProductIdMissing, (p, _) => p with { ProductId = " " }),
        (PolicyViolationCodes.VersionNotPositive, (p, pick) => p with { Version = -(pick % 3) }),
        (PolicyViolationCodes.BaselineMissing, (p, _) => p with { BracketUnit = BracketUnit.BaselineMultiple, Baseline = null }),
        (PolicyViolationCodes.BaselineNotPositive, (p, pick) => p with { Baseline = -(pick % 2) * 100m }),
        (PolicyViolationCodes.NoBrackets, (p, _) => p with { Brackets = [] }),
        (PolicyViolationCodes.BracketBoundsNotAscending, (p, pick) => p.Brackets.Count < 2 ? null
            : WithBracket(p, pick % (p.Brackets.Count - 1), b => b with { UpTo = -b.UpTo!.Value * (pick % 2) })),
        (PolicyViolationCodes.BracketOpenBeforeLast, (p, pick) => p.Brackets.Count < 2 ? null
            : WithBracket(p, pick % (p.Brackets.Count - 1), b => b with { UpTo = null })),
        (PolicyViolationCodes.LastBracketBounded, (p, _) => WithBracket(p, p.Brackets.Count - 1,
            b => b with { UpTo = (p.Brackets.Count > 1 ? p.Brackets[^2].UpTo!.Value : 0m) + 1m })),
        (PolicyViolationCodes.SharesDoNotSumToOne, (p, pick) => WithBracket(p, pick % p.Brackets.Count,
            b => b with { OperatorShare = b.OperatorShare - 0.0001m })),
        (PolicyViolationCodes.ShareOutOfRange, (p, pick) => WithBracket(p, pick % p.Brackets.Count,
            b => b with { HolderShare = -0.01m, OperatorShare = b.OperatorShare + b.HolderShare + 0.01m })),
        (PolicyViolationCodes.OperatorShareDecreases, (p, pick) => p.Brackets.Count < 2 ? null
            : WithBracket(p, 1 + pick % (p.Brackets.Count - 1), Lower(p, 1 + pick % (p.Brackets.Count - 1)))),
        (PolicyViolationCodes.MerchantShareWithoutMerchant, (p, pick) => p.Merchant is not null
            ? p with { Merchant = null }
            : WithBracket(p, pick % p.Brackets.Count, b => b with { HolderShare = b.HolderShare - 0.01m, MerchantShare = 0.01m })),
        (PolicyViolationCodes.MerchantWithoutShare, (p, _) => p.Merchant is not null ? null
            : p with { Merchant = PartyId.Merchant("idle-merchant") }),
        (PolicyViolationCodes.NoHolders, (p, _) => p with { Holders = [] }),
        (PolicyViolationCodes.HolderWeightNotPositive, (p, pick) => WithHolder(p, pick % p.Holders.Count,
            h => h with { Weight = -(pick % 2) })),
        (PolicyViolationCodes.HolderWeightTooLarge, (p, pick) => WithHolder(p, pick % p.Holders.Count,
            h => h with { Weight = HolderWeight.Maximum + 0.0001m + pick * 1e15m })),
        (PolicyViolationCodes.DuplicateHolder, (p, _) => p with { Holders = [.. p.Holders, p.Holders[0]] }),
        (PolicyViolationCodes.PartyKindMismatch, (p, pick) => (pick % 3) switch
        {
            0 => p with { Operator = PartyId.Holder("operator") },
            1 => WithHolder(p, 0, h => h with { Holder = PartyId.Merchant(h.Holder.Id) }),
            _ => p with { Operator = PartyId.Operator("") },
        }),
    ];

    /// <summary>A broken policy and the code the validator must report for it.</summary>
    public static Gen<(AllocationPolicy Policy, string ExpectedCode)> Broken { get; } =
        from policy in PolicyGen.Valid
        from rule in Gen.Choose(0, Rules.Length - 1)
        from pick in Gen.Choose(0, 1000)
        let broken = Rules[rule].Apply(policy, pick)
        where broken is not null
        select (broken!, Rules[rule].Code);

    /// <summary>Every code the breaker can produce, so a test can check that each is exercised.</summary>
    public static IEnumerable<string> Codes => Rules.Select(r => r.Code);

    private static Func<AllocationBracket, AllocationBracket> Lower(AllocationPolicy policy, int index)
    {
        // Drop the operator just below the previous bracket and give the difference to the holders: sums stay 1.
        var target = policy.Brackets[index - 1].OperatorShare - 0.01m;
        return b => b with { OperatorShare = target, HolderShare = b.HolderShare + (b.OperatorShare - target) };
    }

    private static AllocationPolicy WithBracket(AllocationPolicy p, int index, Func<AllocationBracket, AllocationBracket> change) =>
        p with { Brackets = [.. p.Brackets.Select((b, i) => i == index ? change(b) : b)] };

    private static AllocationPolicy WithHolder(AllocationPolicy p, int index, Func<HolderWeight, HolderWeight> change) =>
        p with { Holders = [.. p.Holders.Select((h, i) => i == index ? change(h) : h)] };
}
