using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Policies;

/// <summary>
/// Checks a loan policy when the operator saves it, and reports every problem at once, so a bad policy never
/// reaches matching.
/// </summary>
public static class LoanPolicyValidator
{
    public static IReadOnlyList<string> Validate(LoanPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        Check(!string.IsNullOrEmpty(policy.Id) && policy.Id.Length <= 64
              && policy.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'),
            "id: 1–64 lower-case letters, digits or '-'.");
        Check(!string.IsNullOrWhiteSpace(policy.Name), "name: required.");
        Check(!string.IsNullOrWhiteSpace(policy.NameEnglish), "nameEnglish: required.");
        Check(!string.IsNullOrWhiteSpace(policy.Lender), "lender: required.");
        var criteria = policy.Criteria;
        if (criteria is null)
        {
            problems.Add("criteria: required.");
            return problems;
        }

        Check(criteria.IndustryPrefixes?.All(IsIndustryPrefix) ?? true,
            "criteria.industryPrefixes: each a section letter A–T optionally followed by one or two digits.");
        Check(criteria.Districts?.All(d => d is { Length: 6 } && d.All(char.IsAsciiDigit)) ?? true,
            "criteria.districts: each a six-digit administrative division code.");
        Check(criteria.MinimumAgeYears is null or >= 0, "criteria.minimumAgeYears: not negative.");
        Check(criteria.MinimumHeadcount is null or >= 0, "criteria.minimumHeadcount: not negative.");
        Check(criteria.MinimumRegisteredCapitalCny is null or >= 0m, "criteria.minimumRegisteredCapitalCny: not negative.");
        Check(criteria.MinimumTaxRating is null || Enum.IsDefined(criteria.MinimumTaxRating.Value),
            "criteria.minimumTaxRating: one of A, B, M, C, D.");
        return problems;
    }

    private static bool IsIndustryPrefix(string prefix) =>
        prefix is { Length: >= 1 and <= 3 } && prefix[0] is >= 'A' and <= 'T' && prefix.Skip(1).All(char.IsAsciiDigit);
}
