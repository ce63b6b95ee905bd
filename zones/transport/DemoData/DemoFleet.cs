using System.Globalization;
using DataZones.Marketplace.Identifiers;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.DemoData;

/// <summary>
/// Generates one demo vehicle of Qingdao: trucks, taxis and private cars with their registration events,
/// inspections (some rolled back), licences and BeiDou days (trucks), accidents, violations and damage brands
/// (some flooded). Deterministic for a given random state, index and as-of date.
/// </summary>
internal sealed class DemoFleet(Random random, DateOnly asOf)
{
    private static readonly string[] TruckWmis = ["LZZ", "LZG", "LGA", "LVB"];
    private static readonly string[] CarWmis = ["LFV", "LSV", "LSG", "LHG", "LVG", "LGX", "LB3", "LGW", "LVV", "LRW"];
    private static readonly string[] TaxiWmis = ["LSV", "LFV", "LGX"];
    private const string VinCharacters = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private const string PlateCharacters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private const string YearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private static readonly string[] ViolationCodes = ["1352", "1039", "1625", "1208", "1301"];

    public DemoVehicle Next(int index)
    {
        var roll = random.Next(100);
        var type = roll < 30 ? (roll < 20 ? VehicleType.HeavyTruck : VehicleType.LightTruck) : roll < 45 ? VehicleType.Taxi : VehicleType.PrivateCar;
        var truck = type is VehicleType.HeavyTruck or VehicleType.LightTruck;
        var firstRegistered = asOf.AddDays(-random.Next(200, 365 * 12));
        var vin = Vin(truck ? TruckWmis : type == VehicleType.Taxi ? TaxiWmis : CarWmis, firstRegistered.Year, index);
        var firstUse = truck ? UseNature.Freight : type == VehicleType.Taxi ? UseNature.Taxi : random.Next(10) == 0 ? UseNature.Taxi : UseNature.NonOperating;
        var events = Events(index, firstRegistered, type, firstUse);
        var (inspections, rollback) = Inspections(vin, index, firstRegistered, truck);
        return new DemoVehicle(vin, Plate(truck), type, firstUse, firstRegistered, events, inspections,
            truck ? Licences(vin, index, firstRegistered) : [], truck ? Telematics(vin) : [], Accidents(vin, index, firstRegistered),
            Violations(vin, index, firstRegistered), rollback);
    }

    private string Vin(string[] wmis, int year, int index)
    {
        var descriptor = new string(Enumerable.Range(0, 5).Select(_ => VinCharacters[random.Next(VinCharacters.Length)]).ToArray());
        var yearCode = YearCodes[(year - 1980) % 30];
        var serial = (100_000 + index).ToString("000000", CultureInfo.InvariantCulture);
        return VehicleIdentificationNumberValidator.Complete(wmis[random.Next(wmis.Length)] + descriptor + "0" + yearCode + "1" + serial);
    }

    private string Plate(bool truck) =>
        (truck ? "鲁U" : "鲁B") + new string(Enumerable.Range(0, 5).Select(_ => PlateCharacters[random.Next(PlateCharacters.Length)]).ToArray());

    private List<DemoEvent> Events(int index, DateOnly first, VehicleType type, UseNature firstUse)
    {
        var events = new List<DemoEvent>();
        var span = asOf.DayNumber - first.DayNumber;
        string Id(int n) => FormattableString.Invariant($"E{index:000000}-{n}");
        var transfers = random.Next(0, type == VehicleType.PrivateCar ? 4 : 2);
        for (var t = 0; t < transfers; t++) events.Add(new DemoEvent(Id(events.Count), first.AddDays(random.Next(span)), RegistrationEventKind.Transfer, null, IdentityNumber()));
        if (firstUse == UseNature.Taxi && type == VehicleType.PrivateCar)
        {
            // An ex-taxi sold on as a private car: the use changes when it leaves the taxi company.
            events.Add(new DemoEvent(Id(events.Count), first.AddDays(span / 2), RegistrationEventKind.UseChange, UseNature.NonOperating, IdentityNumber()));
        }

        if (random.Next(5) == 0)
        {
            var mortgaged = first.AddDays(random.Next(span));
            events.Add(new DemoEvent(Id(events.Count), mortgaged, RegistrationEventKind.Mortgage, null, null));
            if (random.Next(2) == 0) events.Add(new DemoEvent(Id(events.Count), mortgaged.AddDays(random.Next(1, Math.Max(2, asOf.DayNumber - mortgaged.DayNumber))), RegistrationEventKind.MortgageRelease, null, null));
        }

        if (random.Next(50) == 0) events.Add(new DemoEvent(Id(events.Count), asOf.AddDays(-random.Next(1, 200)), RegistrationEventKind.Seizure, null, null));
        var brand = random.Next(100);
        if (brand < 3) events.Add(new DemoEvent(Id(events.Count), first.AddDays(random.Next(span)), RegistrationEventKind.FloodDamage, null, null));
        else if (brand < 4) events.Add(new DemoEvent(Id(events.Count), first.AddDays(random.Next(span)), RegistrationEventKind.FireDamage, null, null));
        else if (brand < 5) events.Add(new DemoEvent(Id(events.Count), first.AddDays(random.Next(span)), RegistrationEventKind.TotalLoss, null, null));
        return events;
    }

    private (List<Inspection>, bool) Inspections(string vin, int index, DateOnly first, bool truck)
    {
        var inspections = new List<Inspection>();
        var rollback = random.Next(100) < 6;
        var km = 0;
        var rolledAt = -1;
        var n = 0;
        for (var on = first.AddYears(2); on <= asOf; on = on.AddYears(truck ? 1 : 2))
        {
            km += truck ? random.Next(80_000, 150_000) : random.Next(12_000, 30_000) * 2;
            var reading = km;
            if (rollback && rolledAt < 0 && n >= 1 && random.Next(2) == 0)
            {
                rolledAt = n;
                reading = km * random.Next(35, 65) / 100; // the dealer's "adjusted" reading
                km = reading;
            }

            inspections.Add(new Inspection(vin, FormattableString.Invariant($"I{index:000000}-{n}"), on, reading + random.Next(1, 999)));
            n++;
        }

        return (inspections, rolledAt >= 0);
    }

    private List<OperatingLicence> Licences(string vin, int index, DateOnly first)
    {
        var roll = random.Next(100);
        var from = first.AddDays(30);
        var status = roll < 5 ? LicenceStatus.Revoked : roll < 8 ? LicenceStatus.Suspended : LicenceStatus.Valid;
        var until = roll is >= 8 and < 18 ? asOf.AddDays(-random.Next(1, 300)) : asOf.AddYears(2);
        return [new OperatingLicence(vin, FormattableString.Invariant($"37020{index:0000000}"), from, until < from ? from : until, status)];
    }

    private List<TelematicsDay> Telematics(string vin)
    {
        var risky = random.Next(4) == 0;
        return Enumerable.Range(1, 30).Select(d =>
        {
            var km = random.Next(150, 700);
            return new TelematicsDay(vin, asOf.AddDays(-d), km, km * random.Next(0, risky ? 60 : 25) / 100,
                random.Next(0, risky ? 8 : 2), random.Next(0, risky ? 3 : 1) == 2 ? 1 : 0);
        }).ToList();
    }

    private List<DemoAccident> Accidents(string vin, int index, DateOnly first)
    {
        var accidents = new List<DemoAccident>();
        var count = random.Next(100) switch { < 70 => 0, < 90 => 1, _ => 2 };
        for (var a = 0; a < count; a++)
        {
            var day = asOf.AddDays(-random.Next(1, Math.Min(asOf.DayNumber - first.DayNumber, 365 * 4)));
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(random.Next(6, 23), random.Next(60))), TimeSpan.FromHours(8));
            var party = new AccidentParty(vin, FormattableString.Invariant($"QD{day.Year}{index:000000}{a}"), at,
                Math.Round(120.2 + random.NextDouble() * 0.5, 5), Math.Round(36.0 + random.NextDouble() * 0.3, 5),
                new[] { 0, 30, 50, 70, 100 }[random.Next(5)], random.Next(10) == 0 ? random.Next(1, 3) : 0,
                (DamageGrade)random.Next(1, 4), null);
            accidents.Add(new DemoAccident(party, IdentityNumber()));
        }

        return accidents;
    }

    private List<Violation> Violations(string vin, int index, DateOnly first) =>
        Enumerable.Range(0, random.Next(0, 5)).Select(v => new Violation(vin, FormattableString.Invariant($"W{index:000000}-{v}"),
            asOf.AddDays(-random.Next(1, Math.Min(asOf.DayNumber - first.DayNumber, 365 * 3))), ViolationCodes[random.Next(ViolationCodes.Length)])).ToList();

    private string IdentityNumber()
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(365 * 40));
        return ResidentIdentityNumberValidator.Complete("370202" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(1000).ToString("000", CultureInfo.InvariantCulture));
    }
}
