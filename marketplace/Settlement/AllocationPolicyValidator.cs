namespace DataZones.Marketplace.Settlement;

/// <summary>
/// Checks an <see cref="AllocationPolicy"/> when it is saved and reports every rule it breaks at once, so whoever
/// edits a policy sees all its problems in one answer. A policy with no violations can be settled; settling one with
/// violations is a bug and throws.
/// </summary>
public static class AllocationPolicyValidator
{
    /// <summary>Every rule the policy breaks; empty when it is valid.</summary>
    public static IReadOnlyList<PolicyViolation> Validate(AllocationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var violations = new List<PolicyViolation>();
        CheckIdentity(policy, violations);
        CheckBaseline(policy, violations);
        BracketRules.Check(policy, violations);
        PartyRules.Check(policy, violations);
        return violations;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> listing every violation if the policy is invalid.</summary>
    public static void EnsureValid(AllocationPolicy policy)
    {
        var violations = Validate(policy);
        if (violations.Count > 0)
        {
            var list = string.Join("; ", violations.Select(v => $"{v.Code}: {v.Message}"));
            throw new InvalidOperationException(
                $"Allocation policy {policy.ProductId} v{policy.Version} is invalid: {list}");
        }
    }

    private static void CheckIdentity(AllocationPolicy policy, List<PolicyViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(policy.ProductId))
        {
            violations.Add(new(PolicyViolationCodes.ProductIdMissing, "the policy names no product"));
        }

        if (policy.Version < 1)
        {
            violations.Add(new(PolicyViolationCodes.VersionNotPositive, $"version {policy.Version} must be 1 or more"));
        }
    }

    private static void CheckBaseline(AllocationPolicy policy, List<PolicyViolation> violations)
    {
        if (policy.Baseline is null)
        {
            if (policy.BracketUnit == BracketUnit.BaselineMultiple)
            {
                violations.Add(new(PolicyViolationCodes.BaselineMissing,
                    "brackets are multiples of the baseline, but the policy has no baseline"));
            }
        }
        else if (policy.Baseline <= 0)
        {
            violations.Add(new(PolicyViolationCodes.BaselineNotPositive,
                $"baseline {policy.Baseline} must be more than 0"));
        }
    }
}
