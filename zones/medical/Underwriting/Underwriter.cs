using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Underwriting;

/// <summary>
/// The rules of the underwriting check, pure. The window is the lookback ending today, within the consent's data
/// period (the history is already cut to it). A chronic condition counts when a category of the chronic list is
/// recorded at two visits or more in the window: one visit is a suspicion, two a condition under care.
/// </summary>
public static class Underwriter
{
    public const int LookbackYearsMinimum = 1;
    public const int LookbackYearsMaximum = 5;
    public const int ConditionsMaximum = 20;

    // Diabetes, hypertensive and ischaemic heart disease, heart failure, COPD and asthma, chronic kidney disease,
    // schizophrenia, epilepsy.
    private static readonly ConditionSpec[] ChronicList =
        new[] { "E10-E14", "I10-I15", "I20-I25", "I50", "J44-J45", "N18", "F20", "G40" }.Select(c => ConditionSpec.Parse(c)!).ToArray();

    public static UnderwritingAnswer Check(PersonHistory history, DateOnly today, int lookbackYears, IReadOnlyList<ConditionSpec> conditions)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(conditions);
        var since = today.AddYears(-lookbackYears);
        var visits = history.Visits.Where(v => v.AdmittedOn >= since && v.AdmittedOn <= today).ToList();
        var categoriesByVisit = visits.Select(v => v.Diagnoses.Select(MedicalCodes.Category).ToHashSet(StringComparer.Ordinal)).ToList();
        var findings = conditions.Select(c => new ConditionFinding(c.Text, categoriesByVisit.Any(set => set.Any(c.Covers)))).ToList();
        var chronic = ChronicList.Any(c => categoriesByVisit.Count(set => set.Any(c.Covers)) >= 2);
        return new UnderwritingAnswer(lookbackYears, findings, Band(visits.Count(v => v.Type == VisitType.Inpatient)), chronic);
    }

    /// <summary>Hospitalisations as a band: <c>0</c>, <c>1</c>, <c>2-3</c>, <c>4+</c>.</summary>
    public static string Band(int stays) => stays switch
    {
        0 => "0",
        1 => "1",
        <= 3 => "2-3",
        _ => "4+",
    };
}
