namespace DataZones.Marketplace.Settlement;

/// <summary>The party rules of <see cref="AllocationPolicyValidator"/>: holders, weights, kinds, the merchant.</summary>
internal static class PartyRules
{
    public static void Check(AllocationPolicy policy, List<PolicyViolation> violations)
    {
        CheckHolders(policy.Holders ?? [], violations);
        CheckKind(policy.Operator, PartyKind.Operator, "the operator", violations);
        if (policy.Merchant is { } merchant)
        {
            CheckKind(merchant, PartyKind.Merchant, "the merchant", violations);
            if ((policy.Brackets ?? []).All(b => b.MerchantShare == 0m))
            {
                violations.Add(new(PolicyViolationCodes.MerchantWithoutShare,
                    $"the policy names merchant '{merchant.Id}' but gives it no share in any bracket"));
            }
        }
    }

    private static void CheckHolders(IReadOnlyList<HolderWeight> holders, List<PolicyViolation> violations)
    {
        if (holders.Count == 0)
        {
            violations.Add(new(PolicyViolationCodes.NoHolders, "the policy names no data holder"));
            return;
        }

        var seen = new HashSet<PartyId>();
        for (var i = 0; i < holders.Count; i++)
        {
            var holder = holders[i];
            CheckKind(holder.Holder, PartyKind.Holder, $"holder {i + 1}", violations);
            if (holder.Weight <= 0m)
            {
                violations.Add(new(PolicyViolationCodes.HolderWeightNotPositive,
                    $"holder {i + 1} ('{holder.Holder?.Id}') has weight {holder.Weight}; weights must be more than 0"));
            }
            else if (holder.Weight > HolderWeight.Maximum)
            {
                violations.Add(new(PolicyViolationCodes.HolderWeightTooLarge,
                    $"holder {i + 1} ('{holder.Holder?.Id}') has weight {holder.Weight}; weights are relative and at most {HolderWeight.Maximum:N0}"));
            }

            if (holder.Holder is not null && !seen.Add(holder.Holder))
            {
                violations.Add(new(PolicyViolationCodes.DuplicateHolder,
                    $"holder '{holder.Holder.Id}' is named more than once"));
            }
        }
    }

    private static void CheckKind(PartyId? party, PartyKind expected, string role, List<PolicyViolation> violations)
    {
        if (party is null || party.Kind != expected || string.IsNullOrWhiteSpace(party.Id))
        {
            violations.Add(new(PolicyViolationCodes.PartyKindMismatch,
                $"{role} must be a party of kind {expected.ToString().ToLowerInvariant()} with an id, but is '{party}'"));
        }
    }
}
