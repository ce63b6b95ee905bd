namespace DataZones.Zones.Medical.Research;

/// <summary>
/// Cohort statistics as they may be published: counts of persons rounded to <see cref="RoundingBase"/>, cells of
/// fewer than <see cref="MinimumCellPersons"/> persons withheld, and the cells withheld to protect them. Never a
/// record, a date, a cost or an exact total.
/// </summary>
public sealed record CohortAnswer(
    CohortRequest Cohort,
    int MinimumCellPersons,
    int RoundingBase,
    IReadOnlyList<CohortAnswerCell> Cells,
    IReadOnlyList<CohortRate> ReadmissionRates);

/// <summary>One cell: its age band and sex (<c>all</c> for a total), what it counts, and the rounded count or why it is withheld.</summary>
/// <param name="AgeBand">Age reached in the first year: <c>0-17</c> … <c>80+</c>, or <c>all</c>.</param>
/// <param name="Sex"><c>F</c>, <c>M</c> or <c>all</c>.</param>
/// <param name="Measure">One of <c>persons</c>, <c>outpatient-only</c>, <c>admitted</c>, <c>readmitted-30d</c>, <c>not-readmitted</c>, <c>stay-0-3</c>, <c>stay-4-7</c>, <c>stay-8-14</c>, <c>stay-15+</c>.</param>
/// <param name="Persons">The number of persons, rounded; absent when withheld.</param>
/// <param name="Withheld"><c>too-few-persons</c>, or <c>protects-another</c> (withheld so a withheld cell cannot be derived from a total); absent when published.</param>
public sealed record CohortAnswerCell(string AgeBand, string Sex, string Measure, int? Persons, string? Withheld);

/// <summary>The 30-day re-admission rate of the admitted persons, from the rounded counts; absent when either is withheld.</summary>
public sealed record CohortRate(string AgeBand, string Sex, decimal? Rate);
