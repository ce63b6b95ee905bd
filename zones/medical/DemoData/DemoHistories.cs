using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.DemoData;

/// <summary>
/// Plausible histories, by seed: chronic conditions seen every few months with their drugs, winter respiratory
/// illness, surgeries (some re-admitted within 30 days), and a fraud pattern — one stay split into two admissions a
/// few days apart (分解住院). Amounts are exact to the fen; the fund pays 50–80 %.
/// </summary>
internal sealed class DemoHistories(Random random, DateOnly asOf, int personIndex)
{
    private static readonly (string Diagnosis, string Drug)[] Chronic = [("E11.9", "A10BA02"), ("I10", "C09AA05"), ("J44.1", "R03AK06")];
    private static readonly (string Diagnosis, string Procedure)[] Surgeries = [("K35.8", "47.09"), ("K80.2", "51.23"), ("M16.1", "81.51"), ("I25.1", "36.06")];
    private readonly List<DemoVisit> visits = [];

    public IReadOnlyList<DemoVisit> Generate()
    {
        var start = asOf.AddYears(-6);
        if (random.NextDouble() < 0.3) AddChronic(start);
        AddSeasonal(start);
        if (random.NextDouble() < 0.15) AddSurgery(start);
        if (random.NextDouble() < 0.04) AddSplitStay(start);
        return visits.OrderBy(v => v.AdmittedOn).ToList();
    }

    private void AddChronic(DateOnly start)
    {
        var (diagnosis, drug) = Chronic[random.Next(Chronic.Length)];
        for (var day = start.AddDays(random.Next(365)); day < asOf; day = day.AddDays(60 + random.Next(60)))
        {
            Outpatient(day, diagnosis, [drug]);
        }
    }

    private void AddSeasonal(DateOnly start)
    {
        for (var year = start.Year; year <= asOf.Year; year++)
        {
            if (random.NextDouble() > 0.45) continue;
            var day = new DateOnly(year, 12, 1).AddDays(random.Next(80));
            if (day >= asOf || day < start) continue;
            Outpatient(day, random.NextDouble() < 0.7 ? "J06.9" : "J11.1", random.NextDouble() < 0.5 ? ["J01CA04"] : []);
        }
    }

    private void AddSurgery(DateOnly start)
    {
        var (diagnosis, procedure) = Surgeries[random.Next(Surgeries.Length)];
        var admitted = start.AddDays(random.Next(Math.Max(1, asOf.DayNumber - start.DayNumber - 60)));
        var discharged = Inpatient(admitted, 3 + random.Next(8), diagnosis, [procedure]);
        if (random.NextDouble() < 0.2) Inpatient(discharged.AddDays(5 + random.Next(20)), 2 + random.Next(5), diagnosis, []);
    }

    private void AddSplitStay(DateOnly start)
    {
        var admitted = start.AddDays(random.Next(Math.Max(1, asOf.DayNumber - start.DayNumber - 60)));
        var first = Inpatient(admitted, 7 + random.Next(7), "I63.9", []);
        Inpatient(first.AddDays(1 + random.Next(6)), 7 + random.Next(7), "I63.9", []);
    }

    private void Outpatient(DateOnly day, string diagnosis, IReadOnlyList<string> drugs) =>
        Add(VisitType.Outpatient, day, day, diagnosis, [], Amount(80, 600), drugs);

    private DateOnly Inpatient(DateOnly admitted, int nights, string diagnosis, IReadOnlyList<string> procedures)
    {
        var discharged = admitted.AddDays(nights);
        var secondary = random.NextDouble() < 0.3 ? new[] { "I10" } : [];
        Add(VisitType.Inpatient, admitted, discharged, diagnosis, secondary, Amount(8_000, 60_000), [], procedures);
        return discharged;
    }

    private void Add(VisitType type, DateOnly admitted, DateOnly discharged, string diagnosis, IReadOnlyList<string> secondary, decimal total,
        IReadOnlyList<string> drugs, IReadOnlyList<string>? procedures = null)
    {
        var fund = Math.Round(total * (0.5m + (decimal)random.Next(31) / 100m), 2);
        var institution = DemoInstitutions.All[random.Next(DemoInstitutions.All.Count)];
        var settlement = fund > 0 ? $"YB{personIndex:000000}{visits.Count:0000}" : null;
        visits.Add(new DemoVisit($"V{personIndex:000000}-{visits.Count:000}", institution, type, admitted, discharged, diagnosis, secondary,
            procedures ?? [], total, fund, settlement, drugs));
    }

    private decimal Amount(int minimumYuan, int maximumYuan) => random.Next(minimumYuan * 100, maximumYuan * 100) / 100m;
}
