using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Scoring;

/// <summary>
/// Scores a <see cref="CreditProfile"/> with <see cref="CreditScoreModel"/>: bands, points, caps, grade, and the
/// reasons that cost the most points. Pure and deterministic.
/// </summary>
public static class CreditScorer
{
    /// <summary>At most this many reason codes are returned.</summary>
    public const int ReasonCodesMaximum = 4;

    public static CreditScore Score(CreditProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var bands = CreditBands.Of(profile);
        var factors = Assess(profile, bands);
        var score = Math.Min(factors.Sum(f => f.Points), CreditScoreModel.Cap(profile));
        return new CreditScore(score, CreditScoreModel.Grade(score), Reasons(profile, factors), bands, CreditScoreModel.Version);
    }

    private static List<FactorPoints> Assess(CreditProfile profile, CreditIndicatorBands bands) =>
    [
        new(CreditScoreModel.AgePoints(bands.Age), 150,
            bands.Age < AgeBand.ThreeToFiveYears ? [CreditReasonCodes.ShortHistory] : []),
        new(CreditScoreModel.CapitalPoints(bands.Capital), 100,
            bands.Capital == CapitalBand.UnderOneMillion ? [CreditReasonCodes.LowCapital] : []),
        new(CreditScoreModel.HeadcountPoints(bands.Headcount), 80, bands.Headcount switch
        {
            HeadcountBand.Unknown => [CreditReasonCodes.NoHeadcountData],
            HeadcountBand.None or HeadcountBand.OneToNine => [CreditReasonCodes.SmallWorkforce],
            _ => [],
        }),
        new(CreditScoreModel.HeadcountTrendPoints(bands.HeadcountTrend), 90,
            bands.HeadcountTrend is HeadcountTrendBand.Shrinking or HeadcountTrendBand.ShrinkingFast
                ? [CreditReasonCodes.HeadcountDeclining]
                : []),
        new(CreditScoreModel.TaxRatingPoints(bands.TaxRating), 250, bands.TaxRating switch
        {
            TaxRatingBand.C or TaxRatingBand.D => [CreditReasonCodes.TaxRatingLow],
            TaxRatingBand.Unknown => [CreditReasonCodes.TaxRatingMissing],
            _ => [],
        }),
        new(CreditScoreModel.PaymentPunctualityPoints(bands.PaymentPunctuality), 130, bands.PaymentPunctuality switch
        {
            PaymentPunctualityBand.Unknown => [CreditReasonCodes.NoPaymentData],
            < PaymentPunctualityBand.Good => [CreditReasonCodes.PaymentDelays],
            _ => [],
        }),
        new(CreditScoreModel.LegalRiskPoints(profile), CreditScoreModel.LegalRiskMaximumPoints, LegalReasons(profile)),
    ];

    private static string[] LegalReasons(CreditProfile profile) =>
    [
        .. profile.OpenEnforcements > 0 ? [CreditReasonCodes.OpenCourtEnforcement] : Array.Empty<string>(),
        .. profile.DishonestDebtorHistory && !profile.ActiveDishonestDebtor
            ? [CreditReasonCodes.DishonestDebtorHistory]
            : Array.Empty<string>(),
        .. profile.MinorPenalties + profile.ModeratePenalties + profile.SeverePenalties > 0
            ? [CreditReasonCodes.AdministrativePenalties]
            : Array.Empty<string>(),
    ];

    // Caps come first because they dominate the score; then the factors that lost the most points. Ties keep the
    // factor order above, so the result is deterministic.
    private static string[] Reasons(CreditProfile profile, List<FactorPoints> factors)
    {
        var capped = new List<string>();
        if (profile.Status != EnterpriseStatus.Active)
        {
            capped.Add(CreditReasonCodes.StatusNotActive);
        }

        if (profile.ActiveDishonestDebtor)
        {
            capped.Add(CreditReasonCodes.DishonestDebtor);
        }

        var byShortfall = factors
            .Select((factor, index) => (factor, index))
            .OrderByDescending(f => f.factor.Maximum - f.factor.Points)
            .ThenBy(f => f.index)
            .SelectMany(f => f.factor.Reasons);
        return [.. capped.Concat(byShortfall).Take(ReasonCodesMaximum)];
    }

    private sealed record FactorPoints(int Points, int Maximum, IReadOnlyList<string> Reasons);
}
