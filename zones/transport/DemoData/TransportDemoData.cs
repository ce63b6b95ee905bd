using System.Globalization;
using System.Text;
using DataZones.Zones.Transport.Ingestion;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.DemoData;

/// <summary>
/// The demo fleet of Qingdao, deterministic by seed and as-of date, written as the three holders' CSV files.
/// </summary>
public sealed class TransportDemoData
{
    private readonly List<DemoVehicle> vehicles;

    public TransportDemoData(int seed, DateOnly asOf, int vehicleCount)
    {
        var fleet = new DemoFleet(new Random(seed), asOf);
        vehicles = Enumerable.Range(0, vehicleCount).Select(fleet.Next).ToList();
    }

    public IReadOnlyList<DemoVehicle> Vehicles => vehicles;

    public void WriteCsv(TransportSource source, Stream destination)
    {
        using var writer = new StreamWriter(destination, new UTF8Encoding(false), 65_536, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', TransportFileFormats.Columns(source)));
        foreach (var line in vehicles.SelectMany(v => Lines(source, v))) writer.WriteLine(line);
    }

    private static IEnumerable<string> Lines(TransportSource source, DemoVehicle v) => source switch
    {
        TransportSource.Vehicles => [Join(v.Vin, v.Plate, Code(v.Type), Code(v.FirstUse), Date(v.FirstRegisteredOn))],
        TransportSource.RegistrationEvents => v.Events.Select(e => Join(e.EventId, v.Vin, Date(e.On), Code(e.Kind), e.UseNature is { } u ? Code(u) : "", e.OwnerIdNumber ?? "")),
        TransportSource.Inspections => v.Inspections.Select(i => Join(i.InspectionId, v.Vin, Date(i.On), Number(i.OdometerKm))),
        TransportSource.Licences => v.Licences.Select(l => Join(l.LicenceId, v.Vin, Date(l.ValidFrom), Date(l.ValidUntil), Code(l.Status))),
        TransportSource.Telematics => v.Telematics.Select(t => Join(v.Vin, Date(t.Day), Number(t.Km), Number(t.NightKm), Number(t.SpeedingEvents), Number(t.FatigueEvents))),
        TransportSource.Accidents => v.Accidents.Select(a => Join(a.Party.CaseNumber, v.Vin, a.Party.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            a.Party.Longitude.ToString(CultureInfo.InvariantCulture), a.Party.Latitude.ToString(CultureInfo.InvariantCulture), Number(a.Party.LiabilityPercent),
            Number(a.Party.Injuries), Code(a.Party.Damage), a.DriverIdNumber)),
        TransportSource.Violations => v.Violations.Select(w => Join(w.ViolationId, v.Vin, Date(w.On), w.Code)),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown transport source."),
    };

    private static string Join(params string[] fields) => string.Join(',', fields);

    private static string Code<T>(T value)
        where T : struct, Enum => TransportVocabulary.Code(value);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
