namespace DataZones.Zones.Medical.Reference;

/// <summary>Everything the zone holds about one person: one partition read.</summary>
public sealed record PersonHistory(IReadOnlyList<Visit> Visits, IReadOnlyList<Prescription> Prescriptions, IReadOnlyList<ClaimMark> ClaimMarks)
{
    public static PersonHistory Empty { get; } = new([], [], []);

    public static PersonHistory From(IEnumerable<IMedicalRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var all = records.ToList();
        return new(all.OfType<Visit>().ToList(), all.OfType<Prescription>().ToList(), all.OfType<ClaimMark>().ToList());
    }

    /// <summary>Only what a consent's data period covers: visits admitted in it, and their prescriptions.</summary>
    public PersonHistory Within(DateOnly from, DateOnly to)
    {
        var visits = Visits.Where(v => v.AdmittedOn >= from && v.AdmittedOn <= to).ToList();
        var ids = visits.Select(v => v.VisitId).ToHashSet(StringComparer.Ordinal);
        return new(visits, Prescriptions.Where(p => ids.Contains(p.VisitId)).ToList(), ClaimMarks);
    }
}
