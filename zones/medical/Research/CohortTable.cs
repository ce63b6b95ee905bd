using DataZones.Marketplace.Disclosure;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Research;

/// <summary>
/// Builds the cohort's statistical table from the research index: per person an age band, a sex and which measures
/// they fall in; then every cell (age band × sex × measure, with the margins for all ages and both sexes) with the
/// persons it counts, and every additive relation between them.
/// </summary>
public static class CohortTable
{
    public static (StatisticalTable Table, IReadOnlyList<CohortCellPosition> Positions) Build(CohortQuery query, IEnumerable<IndexedVisit> visits, IReadOnlySet<string>? prescribed)
    {
        ArgumentNullException.ThrowIfNull(query);
        var persons = visits
            .Where(v => prescribed is null || prescribed.Contains(v.PersonKey))
            .GroupBy(v => v.PersonKey, StringComparer.Ordinal)
            .Select(p => Classify(query, p.ToList()))
            .ToList();

        var ages = CohortMeasures.AgeBands.Append(CohortMeasures.Margin).ToList();
        var sexes = CohortMeasures.Sexes.Append(CohortMeasures.Margin).ToList();
        var positions = new List<CohortCellPosition>();
        var index = new Dictionary<CohortCellPosition, int>();
        var cells = new List<StatisticalCell>();
        foreach (var age in ages)
        {
            foreach (var sex in sexes)
            {
                foreach (var measure in CohortMeasures.All)
                {
                    var position = new CohortCellPosition(age, sex, measure);
                    index[position] = positions.Count;
                    positions.Add(position);
                    cells.Add(new StatisticalCell(position.Coordinates, persons
                        .Where(p => (age == CohortMeasures.Margin || p.AgeBand == age) && (sex == CohortMeasures.Margin || p.Sex == sex) && p.Measures.Contains(measure))
                        .Select(p => p.PersonKey)));
                }
            }
        }

        var relations = new List<IReadOnlyList<int>>();
        IReadOnlyList<int> Of(string age, string sex, params string[] measures) => measures.Select(m => index[new(age, sex, m)]).ToList();
        foreach (var age in ages)
        {
            foreach (var sex in sexes)
            {
                relations.Add(Of(age, sex, CohortMeasures.Persons, CohortMeasures.OutpatientOnly, CohortMeasures.Admitted));
                relations.Add(Of(age, sex, CohortMeasures.Admitted, CohortMeasures.Readmitted, CohortMeasures.NotReadmitted));
                relations.Add(Of(age, sex, [CohortMeasures.Admitted, .. CohortMeasures.StayBands]));
            }
        }

        foreach (var measure in CohortMeasures.All)
        {
            foreach (var age in ages) relations.Add(sexes.Select(s => index[new(age, s, measure)]).ToList());
            foreach (var sex in sexes) relations.Add(ages.Select(a => index[new(a, sex, measure)]).ToList());
        }

        return (new StatisticalTable(cells, relations), positions);
    }

    private static CohortPerson Classify(CohortQuery query, List<IndexedVisit> visits)
    {
        var first = visits[0];
        var stays = visits.Where(v => v.Type == VisitType.Inpatient).OrderBy(v => v.AdmittedOn).ThenBy(v => v.DischargedOn).ToList();
        var measures = new HashSet<string>(StringComparer.Ordinal) { CohortMeasures.Persons };
        if (stays.Count == 0)
        {
            measures.Add(CohortMeasures.OutpatientOnly);
        }
        else
        {
            measures.Add(CohortMeasures.Admitted);
            var readmitted = stays.Zip(stays.Skip(1)).Any(pair => pair.Second.AdmittedOn.DayNumber - pair.First.DischargedOn.DayNumber is >= 0 and <= CohortMeasures.ReadmissionDays);
            measures.Add(readmitted ? CohortMeasures.Readmitted : CohortMeasures.NotReadmitted);
            measures.Add(CohortMeasures.StayBand(stays.Max(s => s.LengthOfStayDays)));
        }

        return new CohortPerson(first.PersonKey, CohortMeasures.AgeBand(query.FromYear - first.BirthYear), first.Sex == Sex.Female ? "F" : "M", measures);
    }

    private sealed record CohortPerson(string PersonKey, string AgeBand, string Sex, IReadOnlySet<string> Measures);
}
