using System.Globalization;

namespace DataZones.Marketplace.Settlement;

/// <summary>The bracket rules of <see cref="AllocationPolicyValidator"/>: bounds and shares.</summary>
internal static class BracketRules
{
    private static readonly PartyKind[] Kinds = [PartyKind.Holder, PartyKind.Operator, PartyKind.Merchant];

    public static void Check(AllocationPolicy policy, List<PolicyViolation> violations)
    {
        var brackets = policy.Brackets ?? [];
        if (brackets.Count == 0)
        {
            violations.Add(new(PolicyViolationCodes.NoBrackets, "the policy has no brackets"));
            return;
        }

        CheckBounds(policy, brackets, violations);
        for (var i = 0; i < brackets.Count; i++)
        {
            CheckShares(policy, brackets, i, violations);
        }
    }

    /// <summary>"bracket 2 (1–3× baseline)" or "bracket 3 (above ¥30000)": names the bracket as an editor wrote it.</summary>
    public static string Describe(AllocationPolicy policy, int index)
    {
        var brackets = policy.Brackets;
        var from = index == 0 ? 0m : brackets[index - 1].UpTo;
        var upTo = brackets[index].UpTo;
        string Bound(decimal? b) => b is null ? "∞" : policy.BracketUnit == BracketUnit.Amount
            ? "¥" + b.Value.ToString(CultureInfo.InvariantCulture)
            : b.Value.ToString(CultureInfo.InvariantCulture) + "×";
        var range = upTo is null ? $"above {Bound(from)}" : $"{Bound(from)} to {Bound(upTo)}";
        return $"bracket {index + 1} ({range})";
    }

    private static void CheckBounds(AllocationPolicy policy, IReadOnlyList<AllocationBracket> brackets, List<PolicyViolation> violations)
    {
        var previous = 0m;
        for (var i = 0; i < brackets.Count; i++)
        {
            var isLast = i == brackets.Count - 1;
            if (brackets[i].UpTo is not { } bound)
            {
                if (!isLast)
                {
                    violations.Add(new(PolicyViolationCodes.BracketOpenBeforeLast,
                        $"bracket {i + 1} is open-ended but is not the last bracket"));
                }

                continue;
            }

            if (isLast)
            {
                violations.Add(new(PolicyViolationCodes.LastBracketBounded,
                    $"{Describe(policy, i)} is the last bracket and must be open-ended"));
            }

            if (bound <= previous)
            {
                violations.Add(new(PolicyViolationCodes.BracketBoundsNotAscending,
                    $"bracket {i + 1} ends at {bound}, which is not above where it starts ({previous})"));
            }

            previous = Math.Max(previous, bound);
        }
    }

    private static void CheckShares(AllocationPolicy policy, IReadOnlyList<AllocationBracket> brackets, int i, List<PolicyViolation> violations)
    {
        var bracket = brackets[i];
        var name = Describe(policy, i);
        foreach (var kind in Kinds)
        {
            var share = bracket.ShareOf(kind);
            if (share is < 0m or > 1m)
            {
                violations.Add(new(PolicyViolationCodes.ShareOutOfRange,
                    $"{name}: the {kind.ToString().ToLowerInvariant()} share {share} is not between 0 and 1"));
            }
        }

        // Exactly 1, not "close to 1": shares are decimals, so a policy that means thirds writes 0.3333/0.3333/0.3334.
        var sum = bracket.HolderShare + bracket.OperatorShare + bracket.MerchantShare;
        if (sum != 1m)
        {
            violations.Add(new(PolicyViolationCodes.SharesDoNotSumToOne, $"{name}: the shares sum to {sum}, not 1"));
        }

        if (i > 0 && bracket.OperatorShare < brackets[i - 1].OperatorShare)
        {
            violations.Add(new(PolicyViolationCodes.OperatorShareDecreases,
                $"{name}: the operator share {bracket.OperatorShare} is below the previous bracket's {brackets[i - 1].OperatorShare}; above the baseline the share may only tilt toward the operator"));
        }

        if (policy.Merchant is null && bracket.MerchantShare != 0m)
        {
            violations.Add(new(PolicyViolationCodes.MerchantShareWithoutMerchant,
                $"{name}: a merchant share of {bracket.MerchantShare} but the policy names no merchant"));
        }
    }
}
