using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Ingestion;

/// <summary>One line's fields to a record, with the rules across fields.</summary>
internal static class TransportRowMappers
{
    private const int OdometerKmMaximum = 3_000_000;
    private const int DayKmMaximum = 2_000;

    public static ITransportRecord Map(TransportSource source, FieldReader row, TransportKeys keys) => source switch
    {
        TransportSource.Vehicles => new VehicleRegistration(row.Vin("vin"), row.PlateKey("plate", keys), row.Choice("vehicle_type", TransportVocabulary.VehicleTypes),
            row.Choice("use_nature", TransportVocabulary.UseNatures), row.Date("first_registered_on")),
        TransportSource.RegistrationEvents => Event(row, keys),
        TransportSource.Inspections => new Inspection(row.Vin("vin"), row.KeyText("inspection_id"), row.Date("inspected_on"), row.Integer("odometer_km", 0, OdometerKmMaximum)),
        TransportSource.Licences => Licence(row),
        TransportSource.Telematics => Telematics(row),
        TransportSource.Accidents => new AccidentParty(row.Vin("vin"), row.KeyText("case_number"), row.Timestamp("occurred_at"),
            row.Coordinate("longitude", -180, 180), row.Coordinate("latitude", -90, 90), row.Integer("liability_percent", 0, 100),
            row.Integer("injuries", 0, 500), row.Choice("damage", TransportVocabulary.DamageGrades), row.PersonKey("driver_id_number", keys)),
        TransportSource.Violations => new Violation(row.Vin("vin"), row.KeyText("violation_id"), row.Date("happened_on"), row.KeyText("code")),
        TransportSource.TrafficObservations => Observation(row, keys),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown transport source."),
    };

    private static RegistrationEvent Event(FieldReader row, TransportKeys keys)
    {
        var id = row.KeyText("event_id");
        var vin = row.Vin("vin");
        var on = row.Date("happened_on");
        var kind = row.Choice("event", TransportVocabulary.EventKinds);
        UseNature? use = row.Has("use_nature") ? row.Choice("use_nature", TransportVocabulary.UseNatures) : null;
        if (kind == RegistrationEventKind.UseChange && use is null)
        {
            row.Report("use_nature", TransportProblemCodes.UseNatureRequired, "A use-change event names the new use_nature.");
        }

        return new RegistrationEvent(vin, id, on, kind, use, row.PersonKey("owner_id_number", keys));
    }

    private static OperatingLicence Licence(FieldReader row)
    {
        var licence = new OperatingLicence(row.Vin("vin"), row.KeyText("licence_id"), row.Date("valid_from"), row.Date("valid_until"),
            row.Choice("status", TransportVocabulary.LicenceStatuses));
        if (licence.ValidUntil < licence.ValidFrom) row.Report("valid_until", TransportProblemCodes.ValidityReversed, "The field valid_until must not be before valid_from.");
        return licence;
    }

    private static TrafficObservation Observation(FieldReader row, TransportKeys keys)
    {
        var id = row.KeyText("observation_id");
        var zone = row.KeyText("zone");
        var segment = row.KeyText("segment_id");
        // Days and hours of the business calendar (UTC+8), whatever offset the holder wrote.
        var at = row.Timestamp("observed_at").ToOffset(TrafficObservation.BusinessOffset);
        var vin = row.Vin("vin");
        return new TrafficObservation(zone, segment, DateOnly.FromDateTime(at.DateTime), at.Hour, id, vin.Length == 0 ? string.Empty : keys.Vehicle(vin),
            row.Integer("speed_kmh", 0, 250), row.Integer("free_flow_kmh", 1, 250));
    }

    private static TelematicsDay Telematics(FieldReader row)
    {
        var day = new TelematicsDay(row.Vin("vin"), row.Date("day"), row.Integer("km", 0, DayKmMaximum), row.Integer("night_km", 0, DayKmMaximum),
            row.Integer("speeding_events", 0, 10_000), row.Integer("fatigue_events", 0, 1_000));
        if (day.NightKm > day.Km) row.Report("night_km", TransportProblemCodes.NightExceedsTotal, "The field night_km must not exceed km.");
        return day;
    }
}
