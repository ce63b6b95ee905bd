namespace DataZones.Zones.Medical.Research;

/// <summary>A validated cohort request. Periods are whole years, so the questions that can be asked are few and coarse.</summary>
public sealed record CohortQuery(string DiagnosisCategory, string? DrugClass, int FromYear, int ToYear)
{
    public const int YearsMaximum = 5;
    public const int YearsBackMaximum = 10;

    public DateOnly From => new(FromYear, 1, 1);

    public DateOnly To => new(ToYear, 12, 31);
}
