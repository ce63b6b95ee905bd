using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>
/// The facts the credit score and loan-policy matching read, derived from an enterprise's reference records on a
/// given date by <see cref="CreditProfileBuilder"/>. Internal to the zone's computation: it holds figures, and
/// figures never leave the platform; answers carry bands, grades and codes.
/// </summary>
/// <param name="Status">Registration status.</param>
/// <param name="AgeMonths">Whole months since establishment, ≥ 0.</param>
/// <param name="RegisteredCapitalCny">Registered capital in yuan, ≥ 0.</param>
/// <param name="CurrentHeadcount">Insured employees in the latest month, when reported in the last three months.</param>
/// <param name="HeadcountChangePercent">Year-on-year change of the three-month average headcount, when known.</param>
/// <param name="LatestTaxRating">The most recent annual rating, if any.</param>
/// <param name="OnTimePaymentRatio">Utility bills paid on time ÷ bills due over 12 months (0–1), when any were due.</param>
/// <param name="MinorPenalties">Minor administrative penalties in the last 36 months.</param>
/// <param name="ModeratePenalties">Moderate administrative penalties in the last 36 months.</param>
/// <param name="SeverePenalties">Severe administrative penalties in the last 36 months.</param>
/// <param name="OpenEnforcements">Court enforcement cases not closed.</param>
/// <param name="ClosedEnforcements">Closed court enforcement cases filed in the last 60 months.</param>
/// <param name="ActiveDishonestDebtor">Listed as a dishonest debtor on the date.</param>
/// <param name="DishonestDebtorHistory">Listed before but removed since (and not listed now).</param>
/// <param name="IndustryCode">GB/T 4754 division code.</param>
/// <param name="DistrictCode">Administrative division code.</param>
public sealed record CreditProfile(
    EnterpriseStatus Status,
    int AgeMonths,
    decimal RegisteredCapitalCny,
    int? CurrentHeadcount,
    decimal? HeadcountChangePercent,
    TaxCreditRating? LatestTaxRating,
    decimal? OnTimePaymentRatio,
    int MinorPenalties,
    int ModeratePenalties,
    int SeverePenalties,
    int OpenEnforcements,
    int ClosedEnforcements,
    bool ActiveDishonestDebtor,
    bool DishonestDebtorHistory,
    string IndustryCode,
    string DistrictCode);
