namespace DataZones.Zones.Finance.Scoring;

/// <summary>The answer of the credit-profile product: a score, its grade, the main reasons and the bands.</summary>
/// <param name="Score">0–1000; higher is better.</param>
/// <param name="Grade">Letter grade of the score.</param>
/// <param name="ReasonCodes">Up to four <see cref="CreditReasonCodes"/>, most important first; empty when nothing holds the score down.</param>
/// <param name="Bands">The indicator bands the score was computed from.</param>
/// <param name="ModelVersion">The scoring model, so that a stored answer can be explained later.</param>
public sealed record CreditScore(
    int Score,
    CreditGrade Grade,
    IReadOnlyList<string> ReasonCodes,
    CreditIndicatorBands Bands,
    string ModelVersion);
