namespace DataZones.Zones.Medical.Research;

/// <summary>Where a cell of the cohort table sits; <see cref="CohortMeasures.Margin"/> for a total.</summary>
public sealed record CohortCellPosition(string AgeBand, string Sex, string Measure)
{
    /// <summary>The same text for the same cell in every answer, whatever the cohort: what the overlap audit compares.</summary>
    public string Coordinates => $"age={AgeBand};sex={Sex};measure={Measure}";
}
