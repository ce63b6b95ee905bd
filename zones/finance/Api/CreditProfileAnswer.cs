using DataZones.Zones.Finance.Scoring;

namespace DataZones.Zones.Finance.Api;

/// <summary>The credit-profile answer: the score and what explains it — bands and codes, never figures.</summary>
public sealed record CreditProfileAnswer(
    string CreditCode,
    DateOnly AsOf,
    int Score,
    CreditGrade Grade,
    IReadOnlyList<string> ReasonCodes,
    CreditIndicatorBands Bands,
    string ModelVersion)
{
    public static CreditProfileAnswer From(CreditAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var score = assessment.Score;
        return new(assessment.CreditCode, assessment.AsOf, score.Score, score.Grade, score.ReasonCodes, score.Bands, score.ModelVersion);
    }
}
