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
    private static readonly string[] Zones = ["shinan", "shibei", "huangdao"];
    private static readonly int[] Hours = [7, 8, 9, 17, 18];
    private const int TrafficDays = 7;

    private readonly List<DemoVehicle> vehicles;
    private readonly List<string> observations;

    public TransportDemoData(int seed, DateOnly asOf, int vehicleCount)
    {
        var random = new Random(seed);
        var fleet = new DemoFleet(random, asOf);
        vehicles = Enumerable.Range(0, vehicleCount).Select(fleet.Next).ToList();
        observations = Observations(random, asOf);
    }

    public IReadOnlyList<DemoVehicle> Vehicles => vehicles;

    /// <summary>The zones the demo traffic observations cover (two segments each, rush hours of the last week).</summary>
    public static IReadOnlyList<string> TrafficZones => Zones;

    public void WriteCsv(TransportSource source, Stream destination)
    {
        using var writer = new StreamWriter(destination, new UTF8Encoding(false), 65_536, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', TransportFileFormats.Columns(source)));
        var lines = source == TransportSource.TrafficObservations ? observations : vehicles.SelectMany(v => Lines(source, v));
        foreach (var line in lines) writer.WriteLine(line);
    }

    // Per zone, segment, day and rush hour, 3–30 random vehicles pass: some cells fall below the threshold.
    private List<string> Observations(Random random, DateOnly asOf)
    {
        var lines = new List<string>();
        if (vehicles.Count == 0) return lines;
        foreach (var zone in Zones)
        {
            for (var s = 1; s <= 2; s++)
            {
                var segment = FormattableString.Invariant($"{zone}-{s:000}");
                var freeFlow = 40 + (random.Next(5) * 10);
                for (var d = 1; d <= TrafficDays; d++)
                {
                    foreach (var hour in Hours)
                    {
                        var count = random.Next(3, 31);
                        for (var n = 0; n < count; n++)
                        {
                            var vehicle = vehicles[random.Next(vehicles.Count)];
                            var at = new DateTimeOffset(asOf.AddDays(-d).ToDateTime(new TimeOnly(hour, random.Next(60))), TimeSpan.FromHours(8));
                            lines.Add(Join(FormattableString.Invariant($"{segment}-{d}-{hour}-{n}"), zone, segment, at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                                vehicle.Vin, Number(Math.Max(3, freeFlow - random.Next(0, freeFlow))), Number(freeFlow)));
                        }
                    }
                }
            }
        }

        return lines;
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
        TransportSource.TrafficObservations => [],
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown transport source."),
    };

    private static string Join(params string[] fields) => string.Join(',', fields);

    private static string Code<T>(T value)
        where T : struct, Enum => TransportVocabulary.Code(value);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
