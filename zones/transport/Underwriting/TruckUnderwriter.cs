using DataZones.Zones.Transport.Ingestion;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Underwriting;

/// <summary>Turns a vehicle's file into the underwriting answer: factors over 12 and 36 months, then the model.</summary>
public static class TruckUnderwriter
{
    /// <summary>Telematics of the last year count toward the driving-behaviour factors.</summary>
    public const int TelematicsDays = 365;

    public static TruckUnderwritingAnswer Underwrite(VehicleFile file, DateOnly today, string? plate, TransportKeys keys)
    {
        ArgumentNullException.ThrowIfNull(file);
        var registration = file.Registration!;
        var factors = Factors(file, today);
        var score = TruckRiskModel.Score(factors);
        // The plate is compared as its keyed hash, in constant time; it is never stored or returned.
        bool? plateMatches = plate is null ? null : keys.Hasher.Matches(TransportKeys.NormalizePlate(plate), registration.PlateKey);
        return new TruckUnderwritingAnswer(registration.Vin, plateMatches, TransportVocabulary.Code(registration.Type), Bands.AgeYears(factors.VehicleAgeYears),
            TransportVocabulary.Code(History.UsedCarHistoryBuilder.UseHistory(registration, file.Events)[^1]), LicenceCode(factors.Licence), Bands.Count(factors.Violations12Months), Bands.Count(factors.Violations36Months),
            Bands.Count(factors.Accidents12Months), Bands.Count(factors.Accidents36Months),
            file.Accidents.Any(a => a.OccurredAt >= Start(today, 36)) ? Bands.Liability(factors.AtFaultPercent) : "none",
            Bands.Days(file.Telematics.Count(t => t.Day > today.AddDays(-TelematicsDays))), score.Score, score.ReasonCodes);
    }

    public static TruckRiskFactors Factors(VehicleFile file, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(file);
        var accidents36 = file.Accidents.Where(a => a.OccurredAt >= Start(today, 36)).ToList();
        var telematics = file.Telematics.Where(t => t.Day > today.AddDays(-TelematicsDays) && t.Day <= today).ToList();
        var km = telematics.Sum(t => (long)t.Km);
        int Per1000(long events) => km == 0 ? 0 : (int)(events * 1000 / km);
        return new TruckRiskFactors(
            file.Violations.Count(v => v.On > today.AddMonths(-12)),
            file.Violations.Count(v => v.On > today.AddMonths(-36)),
            accidents36.Count(a => a.OccurredAt >= Start(today, 12)),
            accidents36.Count,
            accidents36.Count == 0 ? 0 : (int)Math.Round(accidents36.Average(a => a.LiabilityPercent), MidpointRounding.AwayFromZero),
            km == 0 ? 0 : (int)(telematics.Sum(t => (long)t.NightKm) * 100 / km),
            Per1000(telematics.Sum(t => (long)t.SpeedingEvents)),
            Per1000(telematics.Sum(t => (long)t.FatigueEvents)),
            Standing(file.Licences, today),
            file.Registration is { } r ? Math.Max(0, YearsBetween(r.FirstRegisteredOn, today)) : 0);
    }

    /// <summary>The best standing among the truck's licences: one valid licence is enough.</summary>
    public static LicenceStanding Standing(IReadOnlyList<OperatingLicence> licences, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(licences);
        if (licences.Count == 0) return LicenceStanding.None;
        return licences.Select(l => l.Status switch
        {
            LicenceStatus.Revoked => LicenceStanding.Revoked,
            LicenceStatus.Suspended => LicenceStanding.Suspended,
            _ when l.ValidUntil < today => LicenceStanding.Expired,
            _ when l.ValidFrom > today => LicenceStanding.None,
            _ => LicenceStanding.Valid,
        }).Min();
    }

    private static string LicenceCode(LicenceStanding standing) => standing == LicenceStanding.None ? "none" : TransportVocabulary.Code(standing);

    private static DateTimeOffset Start(DateOnly today, int months) => new(today.AddMonths(-months).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

    private static int YearsBetween(DateOnly from, DateOnly to) => to.Year - from.Year - (to.DayOfYear < from.DayOfYear ? 1 : 0);
}
