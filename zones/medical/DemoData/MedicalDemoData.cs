using System.Globalization;
using System.Text;
using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Medical.Ingestion;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.DemoData;

/// <summary>
/// The demo population, deterministic by seed and as-of date: persons with synthetic identity numbers (valid check
/// digits, births 1945–2005, Qingdao districts) and their histories, written as the health commission's CSV files.
/// </summary>
public sealed class MedicalDemoData
{
    private readonly List<DemoPerson> persons;

    public MedicalDemoData(int seed, DateOnly asOf, int personCount)
    {
        var random = new Random(seed);
        persons = Enumerable.Range(0, personCount).Select(i => Person(random, asOf, i)).ToList();
    }

    public IReadOnlyList<DemoPerson> Persons => persons;

    public void WriteCsv(MedicalSource source, Stream destination)
    {
        using var writer = new StreamWriter(destination, new UTF8Encoding(false), 65_536, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', MedicalFileFormats.Columns(source)));
        foreach (var person in persons)
        {
            foreach (var visit in person.Visits)
            {
                if (source == MedicalSource.Visits)
                {
                    writer.WriteLine(string.Join(',', visit.VisitId, person.IdentityNumber, visit.InstitutionCode,
                        visit.Type == VisitType.Inpatient ? "inpatient" : "outpatient", Date(visit.AdmittedOn),
                        visit.Type == VisitType.Inpatient ? Date(visit.DischargedOn) : "", visit.PrimaryDiagnosis,
                        string.Join(';', visit.SecondaryDiagnoses), string.Join(';', visit.Procedures), Money(visit.TotalCost),
                        Money(visit.FundPaid), Money(visit.SelfPaid), visit.SettlementNumber ?? ""));
                    continue;
                }

                for (var d = 0; d < visit.Drugs.Count; d++)
                {
                    writer.WriteLine(string.Join(',', $"{visit.VisitId}-{d}", person.IdentityNumber, visit.VisitId, visit.Drugs[d], Date(visit.AdmittedOn)));
                }
            }
        }
    }

    private static DemoPerson Person(Random random, DateOnly asOf, int index)
    {
        var district = DemoInstitutions.DistrictCodes[random.Next(DemoInstitutions.DistrictCodes.Count)];
        var birth = new DateOnly(1945, 1, 1).AddDays(random.Next(365 * 60));
        var first17 = district + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (index % 1000).ToString("000", CultureInfo.InvariantCulture);
        var identityNumber = ResidentIdentityNumberValidator.Complete(first17);
        return new DemoPerson(identityNumber, new DemoHistories(random, asOf, index).Generate());
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
