using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Scoring;

namespace DataZones.Zones.Finance.Tests.Scoring;

public sealed class CreditScorerTests
{
    private static readonly CreditProfile Best = new(EnterpriseStatus.Active, 240, 80_000_000m, 500, 12m, TaxCreditRating.A,
        1m, 0, 0, 0, 0, 0, false, false, "C39", "370202");

    [Fact]
    public void Score_BestInEveryFactor_IsOneThousandTripleAWithoutReasons()
    {
        var score = CreditScorer.Score(Best);

        Assert.Equal(1000, score.Score);
        Assert.Equal(CreditGrade.TripleA, score.Grade);
        Assert.Empty(score.ReasonCodes);
        Assert.Equal(CreditScoreModel.Version, score.ModelVersion);
    }

    [Fact]
    public void Score_DishonestDebtor_IsCappedToGradeCAndSaysWhyFirst()
    {
        var score = CreditScorer.Score(Best with { ActiveDishonestDebtor = true });

        Assert.Equal(CreditScoreModel.DishonestDebtorCap, score.Score);
        Assert.Equal(CreditGrade.C, score.Grade);
        Assert.Equal(CreditReasonCodes.DishonestDebtor, score.ReasonCodes[0]);
        Assert.Equal(LegalRiskBand.Severe, score.Bands.LegalRisk);
    }

    [Theory]
    [InlineData(EnterpriseStatus.Revoked)]
    [InlineData(EnterpriseStatus.Cancelled)]
    public void Score_NotActive_IsCapped(EnterpriseStatus status)
    {
        var score = CreditScorer.Score(Best with { Status = status });

        Assert.Equal(CreditScoreModel.NotActiveCap, score.Score);
        Assert.Equal([CreditReasonCodes.StatusNotActive], score.ReasonCodes);
    }

    [Fact]
    public void Score_YoungShrinkingFirmWithLowTaxRating_GivesTheCostliestReasonsFirst()
    {
        var profile = Best with
        {
            AgeMonths = 20, LatestTaxRating = TaxCreditRating.D, HeadcountChangePercent = -25m, OnTimePaymentRatio = 0.85m,
        };

        var score = CreditScorer.Score(profile);

        Assert.Equal(
            [CreditReasonCodes.TaxRatingLow, CreditReasonCodes.ShortHistory, CreditReasonCodes.HeadcountDeclining, CreditReasonCodes.PaymentDelays],
            score.ReasonCodes);
        Assert.Equal(1000 - 250 - 110 - 90 - 90, score.Score);
        Assert.Equal(new CreditIndicatorBands(AgeBand.OneToThreeYears, CapitalBand.FiftyMillionOrMore, HeadcountBand.ThreeHundredOrMore,
            HeadcountTrendBand.ShrinkingFast, TaxRatingBand.D, PaymentPunctualityBand.Poor, LegalRiskBand.None), score.Bands);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0, LegalRiskBand.None)]
    [InlineData(2, 0, 0, 0, 0, LegalRiskBand.Low)]
    [InlineData(0, 1, 0, 0, 1, LegalRiskBand.Medium)]
    [InlineData(0, 0, 0, 1, 0, LegalRiskBand.Medium)]
    [InlineData(0, 0, 1, 1, 0, LegalRiskBand.High)]
    public void LegalRisk_Records_GiveTheDocumentedBand(int minor, int moderate, int severe, int open, int closed, LegalRiskBand band) =>
        Assert.Equal(band, CreditBands.LegalRisk(Best with
        {
            MinorPenalties = minor, ModeratePenalties = moderate, SeverePenalties = severe, OpenEnforcements = open, ClosedEnforcements = closed,
        }));

    [Theory]
    [InlineData(849, CreditGrade.DoubleA)]
    [InlineData(850, CreditGrade.TripleA)]
    [InlineData(650, CreditGrade.A)]
    [InlineData(550, CreditGrade.TripleB)]
    [InlineData(450, CreditGrade.DoubleB)]
    [InlineData(350, CreditGrade.B)]
    [InlineData(349, CreditGrade.C)]
    public void Grade_Thresholds_AreAsDocumented(int score, CreditGrade grade) =>
        Assert.Equal(grade, CreditScoreModel.Grade(score));

    [Fact]
    public void Score_Json_UsesBandAndGradeCodesNotFigures()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(CreditScorer.Score(Best with { AgeMonths = 70 }));

        Assert.Contains("\"5-10y\"", json, StringComparison.Ordinal);
        Assert.Contains("\"AAA\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("80000000", json, StringComparison.Ordinal);
    }
}
