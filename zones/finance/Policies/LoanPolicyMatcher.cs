using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Scoring;

namespace DataZones.Zones.Finance.Policies;

/// <summary>Matches an enterprise's credit profile against the loan-policy table. Pure and deterministic.</summary>
public static class LoanPolicyMatcher
{
    /// <summary>A policy failing this many criteria or fewer (but at least one) is a near miss.</summary>
    public const int NearMissUnmetMaximum = 2;

    public static LoanPolicyMatchResult Match(CreditProfile profile, IEnumerable<LoanPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(policies);
        var score = CreditScorer.Score(profile);
        var matches = policies
            .Select(policy => new LoanPolicyMatch(
                policy.Id, policy.Name, policy.NameEnglish, policy.Lender, UnmetCriteria(profile, score, policy.Criteria)))
            .ToList();
        return new LoanPolicyMatchResult(
            [.. matches.Where(m => m.UnmetCriteria.Count == 0)],
            [.. matches.Where(m => m.UnmetCriteria.Count is > 0 and <= NearMissUnmetMaximum)]);
    }

    /// <summary>The codes of the criteria <paramref name="profile"/> does not meet, in a fixed order.</summary>
    public static IReadOnlyList<string> UnmetCriteria(CreditProfile profile, CreditScore score, LoanPolicyCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(criteria);
        var unmet = new List<string>();
        void Require(bool met, string code)
        {
            if (!met)
            {
                unmet.Add(code);
            }
        }

        Require(profile.Status == EnterpriseStatus.Active, LoanPolicyCriterionCodes.StatusNotActive);
        Require(criteria.IndustryPrefixes is not { Count: > 0 } prefixes
                || prefixes.Any(p => profile.IndustryCode.StartsWith(p, StringComparison.Ordinal)),
            LoanPolicyCriterionCodes.IndustryNotEligible);
        Require(criteria.Districts is not { Count: > 0 } districts || districts.Contains(profile.DistrictCode),
            LoanPolicyCriterionCodes.DistrictNotEligible);
        Require(criteria.MinimumAgeYears is not { } years || profile.AgeMonths >= years * 12,
            LoanPolicyCriterionCodes.AgeBelowMinimum);
        Require(criteria.MinimumHeadcount is not { } headcount || profile.CurrentHeadcount >= headcount,
            LoanPolicyCriterionCodes.HeadcountBelowMinimum);
        Require(criteria.MinimumRegisteredCapitalCny is not { } capital || profile.RegisteredCapitalCny >= capital,
            LoanPolicyCriterionCodes.CapitalBelowMinimum);
        Require(criteria.MinimumTaxRating is not { } rating || profile.LatestTaxRating >= rating,
            LoanPolicyCriterionCodes.TaxRatingBelowMinimum);
        Require(criteria.MinimumGrade is not { } grade || score.Grade >= grade, LoanPolicyCriterionCodes.GradeBelowMinimum);
        Require(criteria.MaximumLegalRisk is not { } risk || score.Bands.LegalRisk <= risk,
            LoanPolicyCriterionCodes.LegalRiskAboveMaximum);
        Require(!criteria.NoDishonestDebtorRecord || !(profile.ActiveDishonestDebtor || profile.DishonestDebtorHistory),
            LoanPolicyCriterionCodes.DishonestDebtorRecord);
        return unmet;
    }
}
