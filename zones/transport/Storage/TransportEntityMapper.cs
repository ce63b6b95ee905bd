using System.Globalization;
using Azure.Data.Tables;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Storage;

/// <summary>Records to table entities and back; dates as <c>yyyy-MM-dd</c>, enums by name.</summary>
internal static class TransportEntityMapper
{
    private const string KindProperty = "Kind";

    public static TableEntity ToEntity(ITransportRecord record) => record switch
    {
        VehicleRegistration r => new TableEntity(r.Vin, r.RowKey)
        {
            [KindProperty] = "vehicle", ["PlateKey"] = r.PlateKey, ["Type"] = r.Type.ToString(), ["UseNature"] = r.UseNature.ToString(),
            ["FirstRegisteredOn"] = Date(r.FirstRegisteredOn),
        },
        RegistrationEvent e => new TableEntity(e.Vin, e.RowKey)
        {
            [KindProperty] = "event", ["EventId"] = e.EventId, ["On"] = Date(e.On), ["Event"] = e.Kind.ToString(),
            ["UseNature"] = e.UseNature?.ToString(), ["OwnerKey"] = e.OwnerKey,
        },
        Inspection i => new TableEntity(i.Vin, i.RowKey) { [KindProperty] = "insp", ["InspectionId"] = i.InspectionId, ["On"] = Date(i.On), ["OdometerKm"] = i.OdometerKm },
        OperatingLicence l => new TableEntity(l.Vin, l.RowKey)
        {
            [KindProperty] = "licence", ["LicenceId"] = l.LicenceId, ["ValidFrom"] = Date(l.ValidFrom), ["ValidUntil"] = Date(l.ValidUntil), ["Status"] = l.Status.ToString(),
        },
        TelematicsDay t => new TableEntity(t.Vin, t.RowKey)
        {
            [KindProperty] = "tm", ["Day"] = Date(t.Day), ["Km"] = t.Km, ["NightKm"] = t.NightKm, ["SpeedingEvents"] = t.SpeedingEvents, ["FatigueEvents"] = t.FatigueEvents,
        },
        AccidentParty a => new TableEntity(a.Vin, a.RowKey)
        {
            [KindProperty] = "acc", ["CaseNumber"] = a.CaseNumber, ["OccurredAt"] = a.OccurredAt, ["Longitude"] = a.Longitude, ["Latitude"] = a.Latitude,
            ["LiabilityPercent"] = a.LiabilityPercent, ["Injuries"] = a.Injuries, ["Damage"] = a.Damage.ToString(), ["DriverKey"] = a.DriverKey,
        },
        Violation v => new TableEntity(v.Vin, v.RowKey) { [KindProperty] = "vio", ["ViolationId"] = v.ViolationId, ["On"] = Date(v.On), ["Code"] = v.Code },
        TrafficObservation o => new TableEntity(o.PartitionKey, o.RowKey)
        {
            [KindProperty] = "obs", ["Segment"] = o.SegmentId, ["Hour"] = o.Hour, ["VehicleKey"] = o.VehicleKey, ["SpeedKmh"] = o.SpeedKmh, ["FreeFlowKmh"] = o.FreeFlowKmh,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "Unknown transport record."),
    };

    /// <summary>The case index row of an accident party: PartitionKey = case number, RowKey = VIN.</summary>
    public static TableEntity ToCaseEntity(AccidentParty a)
    {
        var entity = ToEntity(a);
        return new TableEntity(entity) { PartitionKey = a.CaseNumber, RowKey = a.Vin };
    }

    public static ITransportRecord? FromEntity(TableEntity e, string vin) => e.GetString(KindProperty) switch
    {
        "vehicle" => new VehicleRegistration(vin, e.GetString("PlateKey")!, Enum.Parse<VehicleType>(e.GetString("Type")!),
            Enum.Parse<UseNature>(e.GetString("UseNature")!), ParseDate(e.GetString("FirstRegisteredOn"))),
        "event" => new RegistrationEvent(vin, e.GetString("EventId")!, ParseDate(e.GetString("On")), Enum.Parse<RegistrationEventKind>(e.GetString("Event")!),
            e.GetString("UseNature") is { } use ? Enum.Parse<UseNature>(use) : null, e.GetString("OwnerKey")),
        "insp" => new Inspection(vin, e.GetString("InspectionId")!, ParseDate(e.GetString("On")), e.GetInt32("OdometerKm") ?? 0),
        "licence" => new OperatingLicence(vin, e.GetString("LicenceId")!, ParseDate(e.GetString("ValidFrom")), ParseDate(e.GetString("ValidUntil")),
            Enum.Parse<LicenceStatus>(e.GetString("Status")!)),
        "tm" => new TelematicsDay(vin, ParseDate(e.GetString("Day")), e.GetInt32("Km") ?? 0, e.GetInt32("NightKm") ?? 0, e.GetInt32("SpeedingEvents") ?? 0, e.GetInt32("FatigueEvents") ?? 0),
        "acc" => new AccidentParty(vin, e.GetString("CaseNumber")!, e.GetDateTimeOffset("OccurredAt") ?? default, e.GetDouble("Longitude") ?? 0, e.GetDouble("Latitude") ?? 0,
            e.GetInt32("LiabilityPercent") ?? 0, e.GetInt32("Injuries") ?? 0, Enum.Parse<DamageGrade>(e.GetString("Damage")!), e.GetString("DriverKey")),
        "vio" => new Violation(vin, e.GetString("ViolationId")!, ParseDate(e.GetString("On")), e.GetString("Code")!),
        _ => null, // a row kind this version does not know: ignored rather than misread
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string? text) => DateOnly.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
