using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>
/// The points of the credit score model, version <see cref="Version"/>: a sum of per-factor points (at most 1000),
/// then caps for a non-active registration and a current dishonest-debtor listing. Every table below rises with
/// its band, the legal deduction only grows with records, and the caps only rise as status or listing improve:
/// that is why improving one factor never lowers the score. Documented in docs/finance.md.
/// </summary>
public static class CreditScoreModel
{
    public const string Version = "finance-credit-score-1";

    public const int MaximumScore = 1000;

    /// <summary>The highest score of an enterprise whose registration is revoked or cancelled.</summary>
    public const int NotActiveCap = 100;

    /// <summary>The highest score of a current dishonest debtor: always grade C.</summary>
    public const int DishonestDebtorCap = 349;

    public const int LegalRiskMaximumPoints = 200;

    public static int AgePoints(AgeBand band) => band switch
    {
        AgeBand.UnderOneYear => 0,
        AgeBand.OneToThreeYears => 40,
        AgeBand.ThreeToFiveYears => 80,
        AgeBand.FiveToTenYears => 120,
        _ => 150,
    };

    public static int CapitalPoints(CapitalBand band) => band switch
    {
        CapitalBand.UnderOneMillion => 20,
        CapitalBand.OneToFiveMillion => 45,
        CapitalBand.FiveToTenMillion => 65,
        CapitalBand.TenToFiftyMillion => 85,
        _ => 100,
    };

    public static int HeadcountPoints(HeadcountBand band) => band switch
    {
        HeadcountBand.Unknown => 20,
        HeadcountBand.None => 0,
        HeadcountBand.OneToNine => 25,
        HeadcountBand.TenToFortyNine => 45,
        HeadcountBand.FiftyToTwoHundredNinetyNine => 65,
        _ => 80,
    };

    public static int HeadcountTrendPoints(HeadcountTrendBand band) => band switch
    {
        HeadcountTrendBand.Unknown => 45,
        HeadcountTrendBand.ShrinkingFast => 0,
        HeadcountTrendBand.Shrinking => 30,
        HeadcountTrendBand.Stable => 60,
        _ => 90,
    };

    public static int TaxRatingPoints(TaxRatingBand band) => band switch
    {
        TaxRatingBand.D => 0,
        TaxRatingBand.C => 50,
        TaxRatingBand.Unknown => 110,
        TaxRatingBand.M => 130,
        TaxRatingBand.B => 190,
        _ => 250,
    };

    public static int PaymentPunctualityPoints(PaymentPunctualityBand band) => band switch
    {
        PaymentPunctualityBand.Unknown => 65,
        PaymentPunctualityBand.VeryPoor => 0,
        PaymentPunctualityBand.Poor => 40,
        PaymentPunctualityBand.Fair => 80,
        PaymentPunctualityBand.Good => 110,
        _ => 130,
    };

    /// <summary>
    /// Points lost to legal records (before the floor at 0): 25 per minor, 60 per moderate and 120 per severe penalty,
    /// 100 per open and 20 per closed enforcement case, 60 for a removed dishonest-debtor listing.
    /// </summary>
    public static int LegalDeduction(CreditProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return (25 * profile.MinorPenalties) + (60 * profile.ModeratePenalties) + (120 * profile.SeverePenalties)
            + (100 * profile.OpenEnforcements) + (20 * profile.ClosedEnforcements)
            + (profile.DishonestDebtorHistory ? 60 : 0);
    }

    public static int LegalRiskPoints(CreditProfile profile) =>
        profile.ActiveDishonestDebtor ? 0 : Math.Max(0, LegalRiskMaximumPoints - LegalDeduction(profile));

    /// <summary>The cap a profile's status and listing impose; <see cref="MaximumScore"/> when none.</summary>
    public static int Cap(CreditProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var cap = profile.Status == EnterpriseStatus.Active ? MaximumScore : NotActiveCap;
        return profile.ActiveDishonestDebtor ? Math.Min(cap, DishonestDebtorCap) : cap;
    }

    public static CreditGrade Grade(int score) => score switch
    {
        >= 850 => CreditGrade.TripleA,
        >= 750 => CreditGrade.DoubleA,
        >= 650 => CreditGrade.A,
        >= 550 => CreditGrade.TripleB,
        >= 450 => CreditGrade.DoubleB,
        >= 350 => CreditGrade.B,
        _ => CreditGrade.C,
    };
}
