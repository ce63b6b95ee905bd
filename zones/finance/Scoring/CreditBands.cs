using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>
/// Maps profile figures to indicator bands. Every mapping is monotone: a better figure never gives a worse band.
/// The thresholds are documented in docs/finance.md.
/// </summary>
public static class CreditBands
{
    public static CreditIndicatorBands Of(CreditProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new CreditIndicatorBands(
            Age(profile.AgeMonths),
            Capital(profile.RegisteredCapitalCny),
            Headcount(profile.CurrentHeadcount),
            HeadcountTrend(profile.HeadcountChangePercent),
            TaxRating(profile.LatestTaxRating),
            PaymentPunctuality(profile.OnTimePaymentRatio),
            LegalRisk(profile));
    }

    public static AgeBand Age(int ageMonths) => ageMonths switch
    {
        < 12 => AgeBand.UnderOneYear,
        < 36 => AgeBand.OneToThreeYears,
        < 60 => AgeBand.ThreeToFiveYears,
        < 120 => AgeBand.FiveToTenYears,
        _ => AgeBand.TenYearsOrMore,
    };

    public static CapitalBand Capital(decimal capitalCny) => capitalCny switch
    {
        < 1_000_000m => CapitalBand.UnderOneMillion,
        < 5_000_000m => CapitalBand.OneToFiveMillion,
        < 10_000_000m => CapitalBand.FiveToTenMillion,
        < 50_000_000m => CapitalBand.TenToFiftyMillion,
        _ => CapitalBand.FiftyMillionOrMore,
    };

    public static HeadcountBand Headcount(int? headcount) => headcount switch
    {
        null => HeadcountBand.Unknown,
        <= 0 => HeadcountBand.None,
        < 10 => HeadcountBand.OneToNine,
        < 50 => HeadcountBand.TenToFortyNine,
        < 300 => HeadcountBand.FiftyToTwoHundredNinetyNine,
        _ => HeadcountBand.ThreeHundredOrMore,
    };

    public static HeadcountTrendBand HeadcountTrend(decimal? changePercent) => changePercent switch
    {
        null => HeadcountTrendBand.Unknown,
        <= -20m => HeadcountTrendBand.ShrinkingFast,
        <= -5m => HeadcountTrendBand.Shrinking,
        < 5m => HeadcountTrendBand.Stable,
        _ => HeadcountTrendBand.Growing,
    };

    public static TaxRatingBand TaxRating(TaxCreditRating? rating) => rating switch
    {
        null => TaxRatingBand.Unknown,
        TaxCreditRating.A => TaxRatingBand.A,
        TaxCreditRating.B => TaxRatingBand.B,
        TaxCreditRating.M => TaxRatingBand.M,
        TaxCreditRating.C => TaxRatingBand.C,
        _ => TaxRatingBand.D,
    };

    public static PaymentPunctualityBand PaymentPunctuality(decimal? onTimeRatio) => onTimeRatio switch
    {
        null => PaymentPunctualityBand.Unknown,
        < 0.80m => PaymentPunctualityBand.VeryPoor,
        < 0.90m => PaymentPunctualityBand.Poor,
        < 0.95m => PaymentPunctualityBand.Fair,
        < 0.98m => PaymentPunctualityBand.Good,
        _ => PaymentPunctualityBand.Excellent,
    };

    public static LegalRiskBand LegalRisk(CreditProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.ActiveDishonestDebtor)
        {
            return LegalRiskBand.Severe;
        }

        return CreditScoreModel.LegalDeduction(profile) switch
        {
            0 => LegalRiskBand.None,
            <= 50 => LegalRiskBand.Low,
            <= 150 => LegalRiskBand.Medium,
            _ => LegalRiskBand.High,
        };
    }
}
