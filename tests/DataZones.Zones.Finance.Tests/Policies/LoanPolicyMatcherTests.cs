using DataZones.Zones.Finance.Policies;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Scoring;

namespace DataZones.Zones.Finance.Tests.Policies;

public sealed class LoanPolicyMatcherTests
{
    private static readonly LoanPolicy Tech = DemoLoanPolicies.All.Single(p => p.Id == "tech-sme-credit");

    [Fact]
    public void Match_SoundTechFirm_QualifiesForTechCredit()
    {
        var result = LoanPolicyMatcher.Match(FinanceTestData.Profile(), [Tech]);

        Assert.Equal("tech-sme-credit", Assert.Single(result.Qualified).PolicyId);
        Assert.Empty(result.NearMisses);
    }

    [Fact]
    public void Match_OneCriterionMissed_IsNearMissNamingIt()
    {
        var result = LoanPolicyMatcher.Match(FinanceTestData.Profile(headcount: 5), [Tech]);

        Assert.Empty(result.Qualified);
        Assert.Equal([LoanPolicyCriterionCodes.HeadcountBelowMinimum], Assert.Single(result.NearMisses).UnmetCriteria);
    }

    [Fact]
    public void Match_TwoCriteriaMissed_IsNearMissNamingBoth()
    {
        var result = LoanPolicyMatcher.Match(FinanceTestData.Profile(industryCode: "F51", taxRating: TaxCreditRating.C), [Tech]);

        Assert.Equal(
            [LoanPolicyCriterionCodes.IndustryNotEligible, LoanPolicyCriterionCodes.TaxRatingBelowMinimum],
            Assert.Single(result.NearMisses).UnmetCriteria);
    }

    [Fact]
    public void Match_ThreeCriteriaMissed_IsLeftOut()
    {
        var result = LoanPolicyMatcher.Match(
            FinanceTestData.Profile(industryCode: "F51", taxRating: TaxCreditRating.C, headcount: 2), [Tech]);

        Assert.Empty(result.Qualified);
        Assert.Empty(result.NearMisses);
    }

    [Fact]
    public void Match_DishonestDebtor_FailsRecordAndLegalRisk()
    {
        var unmet = LoanPolicyMatcher.Match(FinanceTestData.Profile(activeDishonestDebtor: true), [Tech]).NearMisses.Single().UnmetCriteria;

        Assert.Equal([LoanPolicyCriterionCodes.LegalRiskAboveMaximum, LoanPolicyCriterionCodes.DishonestDebtorRecord], unmet);
    }

    [Fact]
    public void Match_UnknownHeadcountOrRating_DoesNotMeetAMinimum()
    {
        var unmet = LoanPolicyMatcher.Match(FinanceTestData.Profile(headcount: null, taxRating: null), [Tech]).NearMisses.Single().UnmetCriteria;

        Assert.Equal([LoanPolicyCriterionCodes.HeadcountBelowMinimum, LoanPolicyCriterionCodes.TaxRatingBelowMinimum], unmet);
    }

    [Fact]
    public void Match_DistrictAndStatus_AreCriteria()
    {
        var westCoast = DemoLoanPolicies.All.Single(p => p.Id == "west-coast-startup");

        var unmet = LoanPolicyMatcher.Match(
            FinanceTestData.Profile(status: EnterpriseStatus.Revoked, districtCode: "370202"), [westCoast]).NearMisses.Single().UnmetCriteria;

        Assert.Equal([LoanPolicyCriterionCodes.StatusNotActive, LoanPolicyCriterionCodes.DistrictNotEligible], unmet);
    }

    [Fact]
    public void Match_AllDemoPolicies_SoundManufacturerQualifiesForSeveral()
    {
        var result = LoanPolicyMatcher.Match(FinanceTestData.Profile(), DemoLoanPolicies.All);

        Assert.Contains(result.Qualified, m => m.PolicyId == "manufacturing-upgrade");
        Assert.Contains(result.Qualified, m => m.PolicyId == "tax-credit-loan");
        Assert.All(result.Qualified, m => Assert.Empty(m.UnmetCriteria));
    }

    [Fact]
    public void Validate_DemoPolicies_HaveNoProblems() =>
        Assert.All(DemoLoanPolicies.All, p => Assert.Empty(LoanPolicyValidator.Validate(p)));

    [Fact]
    public void Validate_BadPolicy_ReportsEveryProblem()
    {
        var bad = new LoanPolicy("Bad Id", "", "x", "y",
            new LoanPolicyCriteria(IndustryPrefixes: ["Z1"], Districts: ["3702"], MinimumAgeYears: -1));

        Assert.Equal(5, LoanPolicyValidator.Validate(bad).Count);
    }

    [Fact]
    public void Criteria_GradeMinimum_UsesTheScore()
    {
        var profile = FinanceTestData.Profile(taxRating: TaxCreditRating.D);
        var criteria = new LoanPolicyCriteria(MinimumGrade: CreditGrade.TripleA);

        Assert.Equal([LoanPolicyCriterionCodes.GradeBelowMinimum],
            LoanPolicyMatcher.UnmetCriteria(profile, CreditScorer.Score(profile), criteria));
    }
}
