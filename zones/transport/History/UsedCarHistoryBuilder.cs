using System.Globalization;
using DataZones.Zones.Transport.Ingestion;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.History;

/// <summary>Builds the used-car history from a vehicle's file. Pure.</summary>
public static class UsedCarHistoryBuilder
{
    /// <summary>The purposes a dealer or lender may declare; the answer is the same, the purpose is recorded in the use.</summary>
    public static readonly IReadOnlySet<string> Purposes = new HashSet<string>(StringComparer.Ordinal) { "purchase", "resale", "auto-loan", "insurance", "leasing" };

    public static UsedCarHistoryAnswer NotRegistered(string vin, string purpose) =>
        new(vin, purpose, false, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, ["not-registered"]);

    public static UsedCarHistoryAnswer Build(VehicleFile file, string purpose)
    {
        ArgumentNullException.ThrowIfNull(file);
        var registration = file.Registration!;
        var uses = UseHistory(registration, file.Events);
        var readings = file.Inspections.Select(i => new OdometerReading(i.On, i.OdometerKm)).ToList();
        var rollbacks = OdometerRollbackDetector.Rollbacks(readings).ToHashSet();
        var timeline = readings.OrderBy(r => r.On).Select(r => new OdometerPoint(r.On.ToString("yyyy-MM", CultureInfo.InvariantCulture), Underwriting.Bands.Kilometres(r.Km), rollbacks.Contains(r))).ToList();
        var worst = file.Accidents.Count == 0 ? DamageGrade.None : file.Accidents.Max(a => a.Damage);
        bool Has(RegistrationEventKind kind) => file.Events.Any(e => e.Kind == kind);
        var flags = new Flags(
            rollbacks.Count > 0, Has(RegistrationEventKind.FloodDamage), Has(RegistrationEventKind.FireDamage), Has(RegistrationEventKind.TotalLoss),
            Open(file.Events, RegistrationEventKind.Mortgage, RegistrationEventKind.MortgageRelease), Open(file.Events, RegistrationEventKind.Seizure, RegistrationEventKind.SeizureRelease),
            uses.Contains(UseNature.Taxi) || uses.Contains(UseNature.RideHailing), uses.Any(u => u != UseNature.NonOperating), worst,
            file.Events.Count(e => e.Kind == RegistrationEventKind.Transfer));
        var (score, reasons) = Score(flags);
        return new UsedCarHistoryAnswer(registration.Vin, purpose, true, registration.FirstRegisteredOn.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            TransportVocabulary.Code(registration.Type), flags.Transfers, uses.Select(u => TransportVocabulary.Code(u)).ToList(), flags.ExTaxi, flags.ExOperating,
            timeline, flags.Rollback, TransportVocabulary.Code(worst), file.Accidents.Count, flags.Flood, flags.Fire, flags.TotalLoss,
            flags.Mortgaged, flags.Seized, score, reasons);
    }

    /// <summary>
    /// The history score 1–99: 99 less a penalty per finding, as title-history scores weigh brands most. Each
    /// finding only lowers the score, so a cleaner history never scores below a worse one.
    /// </summary>
    internal static (int Score, IReadOnlyList<string> Reasons) Score(Flags f)
    {
        var penalties = new (bool Applies, string Code, int Points)[]
        {
            (f.TotalLoss, "total-loss", 45), (f.Flood, "flood-damage", 35), (f.Fire, "fire-damage", 35), (f.Rollback, "odometer-rollback", 30),
            (f.Worst == DamageGrade.Severe, "severe-accident-repair", 25), (f.Worst == DamageGrade.Moderate, "moderate-accident-repair", 12),
            (f.Worst == DamageGrade.Minor, "minor-accident-repair", 4), (f.ExTaxi, "ex-taxi", 15), (f.ExOperating && !f.ExTaxi, "ex-operating", 10),
            (f.Seized, "seized", 20), (f.Mortgaged, "mortgaged", 8), (f.Transfers >= 3, "many-transfers", 6),
        };
        var applied = penalties.Where(p => p.Applies).ToList();
        return (Math.Clamp(99 - applied.Sum(p => p.Points), 1, 99), applied.OrderByDescending(p => p.Points).Select(p => p.Code).ToList());
    }

    internal readonly record struct Flags(bool Rollback, bool Flood, bool Fire, bool TotalLoss, bool Mortgaged, bool Seized, bool ExTaxi, bool ExOperating, DamageGrade Worst, int Transfers);

    /// <summary>
    /// The use at first registration (the vehicles file's use_nature), then each change in date order, repeats
    /// collapsed: [taxi, non-operating] is an ex-taxi. The last is the current use.
    /// </summary>
    public static List<UseNature> UseHistory(VehicleRegistration registration, IReadOnlyList<RegistrationEvent> events)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(events);
        var history = new List<UseNature> { registration.UseNature };
        foreach (var e in events.Where(e => e.Kind == RegistrationEventKind.UseChange && e.UseNature is not null).OrderBy(e => e.On))
        {
            if (history[^1] != e.UseNature!.Value) history.Add(e.UseNature.Value);
        }

        return history;
    }

    private static bool Open(IReadOnlyList<RegistrationEvent> events, RegistrationEventKind start, RegistrationEventKind end)
    {
        var open = false;
        foreach (var e in events.OrderBy(e => e.On))
        {
            if (e.Kind == start) open = true;
            else if (e.Kind == end) open = false;
        }

        return open;
    }
}
