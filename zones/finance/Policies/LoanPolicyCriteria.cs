using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Scoring;

namespace DataZones.Zones.Finance.Policies;

/// <summary>
/// What an enterprise must meet to qualify for a loan policy. A null or empty criterion does not restrict.
/// An active registration is always required.
/// </summary>
/// <param name="IndustryPrefixes">GB/T 4754 codes or prefixes allowed, e.g. <c>C</c> (all manufacturing) or <c>I65</c>.</param>
/// <param name="Districts">Administrative division codes allowed, e.g. <c>370212</c>.</param>
/// <param name="MinimumAgeYears">Whole years since establishment.</param>
/// <param name="MinimumHeadcount">Insured employees in the latest month.</param>
/// <param name="MinimumRegisteredCapitalCny">Registered capital in yuan.</param>
/// <param name="MinimumTaxRating">Latest tax credit rating, e.g. B for "B or better".</param>
/// <param name="MinimumGrade">Credit grade of the zone's score.</param>
/// <param name="MaximumLegalRisk">Highest legal-risk band accepted.</param>
/// <param name="NoDishonestDebtorRecord">No current or past dishonest-debtor listing.</param>
public sealed record LoanPolicyCriteria(
    IReadOnlyList<string>? IndustryPrefixes = null,
    IReadOnlyList<string>? Districts = null,
    int? MinimumAgeYears = null,
    int? MinimumHeadcount = null,
    decimal? MinimumRegisteredCapitalCny = null,
    TaxCreditRating? MinimumTaxRating = null,
    CreditGrade? MinimumGrade = null,
    LegalRiskBand? MaximumLegalRisk = null,
    bool NoDishonestDebtorRecord = false);
