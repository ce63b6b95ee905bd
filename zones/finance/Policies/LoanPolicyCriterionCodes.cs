namespace DataZones.Zones.Finance.Policies;

/// <summary>Stable codes of loan-policy criteria an enterprise does not meet. Never renamed, only added.</summary>
public static class LoanPolicyCriterionCodes
{
    public const string StatusNotActive = "STATUS_NOT_ACTIVE";
    public const string IndustryNotEligible = "INDUSTRY_NOT_ELIGIBLE";
    public const string DistrictNotEligible = "DISTRICT_NOT_ELIGIBLE";
    public const string AgeBelowMinimum = "AGE_BELOW_MINIMUM";
    public const string HeadcountBelowMinimum = "HEADCOUNT_BELOW_MINIMUM";
    public const string CapitalBelowMinimum = "CAPITAL_BELOW_MINIMUM";
    public const string TaxRatingBelowMinimum = "TAX_RATING_BELOW_MINIMUM";
    public const string GradeBelowMinimum = "GRADE_BELOW_MINIMUM";
    public const string LegalRiskAboveMaximum = "LEGAL_RISK_ABOVE_MAXIMUM";
    public const string DishonestDebtorRecord = "DISHONEST_DEBTOR_RECORD";
}
