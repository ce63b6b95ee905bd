namespace DataZones.Zones.Medical.Research;

/// <summary>
/// What a cohort table counts, per age band and sex: persons, split two ways (outpatient only / admitted; and the
/// admitted by re-admission and by their longest stay). Every split is an additive relation the suppression protects.
/// </summary>
public static class CohortMeasures
{
    public const string Persons = "persons";
    public const string OutpatientOnly = "outpatient-only";
    public const string Admitted = "admitted";
    public const string Readmitted = "readmitted-30d";
    public const string NotReadmitted = "not-readmitted";

    /// <summary>Admitted persons by their longest stay in the period: nights 0–3, 4–7, 8–14, 15 and more.</summary>
    public static IReadOnlyList<string> StayBands { get; } = ["stay-0-3", "stay-4-7", "stay-8-14", "stay-15+"];

    public static IReadOnlyList<string> All { get; } = [Persons, OutpatientOnly, Admitted, Readmitted, NotReadmitted, .. StayBands];

    /// <summary>Age reached in the period's first year, in the bands the anchors publish.</summary>
    public static IReadOnlyList<string> AgeBands { get; } = ["0-17", "18-34", "35-49", "50-64", "65-79", "80+"];

    public static IReadOnlyList<string> Sexes { get; } = ["F", "M"];

    /// <summary>The margin label: every age band, or both sexes.</summary>
    public const string Margin = "all";

    /// <summary>A re-admission: admitted for the same category within this many days of a discharge.</summary>
    public const int ReadmissionDays = 30;

    public static string AgeBand(int age) => age switch
    {
        < 18 => "0-17",
        < 35 => "18-34",
        < 50 => "35-49",
        < 65 => "50-64",
        < 80 => "65-79",
        _ => "80+",
    };

    public static string StayBand(int nights) => nights switch
    {
        <= 3 => StayBands[0],
        <= 7 => StayBands[1],
        <= 14 => StayBands[2],
        _ => StayBands[3],
    };
}
