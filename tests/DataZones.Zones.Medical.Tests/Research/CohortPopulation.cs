using System.Globalization;
using DataZones.Marketplace.Identifiers;
using static DataZones.Zones.Medical.Tests.MedicalTestData;

namespace DataZones.Zones.Medical.Tests.Research;

/// <summary>A research test population written as the health commission's files: persons with an identity number, visits and prescriptions.</summary>
internal sealed class CohortPopulation
{
    private readonly List<string> visits = [];
    private readonly List<string> prescriptions = [];
    private int next;

    /// <summary>Adds a person born in <paramref name="birthYear"/>; returns their identity number.</summary>
    public string Person(int birthYear, bool female)
    {
        var sequence = 100 + next++ * 2 + (female ? 0 : 1); // digit 17 odd for men, even for women
        var first17 = "370202" + birthYear.ToString("0000", CultureInfo.InvariantCulture) + "0615" + (sequence % 1000).ToString("000", CultureInfo.InvariantCulture);
        return ResidentIdentityNumberValidator.Complete(first17);
    }

    public CohortPopulation Outpatient(string person, string diagnosis, string on)
    {
        visits.Add(VisitLine(visitId: Id(), person: person, type: "outpatient", admitted: on, discharged: "", primary: diagnosis, secondary: "", procedures: "", total: "300.00", fund: "200.00", self: "100.00", settlement: ""));
        return this;
    }

    public CohortPopulation Stay(string person, string diagnosis, string admitted, string discharged)
    {
        visits.Add(VisitLine(visitId: Id(), person: person, admitted: admitted, discharged: discharged, primary: diagnosis, secondary: "", procedures: ""));
        return this;
    }

    public CohortPopulation Prescribed(string person, string atc, string on)
    {
        prescriptions.Add(string.Join(',', Id(), person, "V-" + next, atc, on));
        return this;
    }

    public string VisitsCsv => Csv([VisitsHeader, .. visits]);

    public string PrescriptionsCsv => Csv(["prescription_id,id_number,visit_id,atc_code,prescribed_on", .. prescriptions]);

    private string Id() => "R" + (next++).ToString("00000", CultureInfo.InvariantCulture);
}
