using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.DemoData;

/// <summary>One generated vehicle: its file lines in clear (the demo holders' view) and what the generator made it.</summary>
public sealed record DemoVehicle(
    string Vin,
    string Plate,
    VehicleType Type,
    UseNature FirstUse,
    DateOnly FirstRegisteredOn,
    IReadOnlyList<DemoEvent> Events,
    IReadOnlyList<Inspection> Inspections,
    IReadOnlyList<OperatingLicence> Licences,
    IReadOnlyList<TelematicsDay> Telematics,
    IReadOnlyList<DemoAccident> Accidents,
    IReadOnlyList<Violation> Violations,
    bool HasRollback);

/// <summary>A registration event with the new owner's identity number in clear, as the holder's file has it.</summary>
public sealed record DemoEvent(string EventId, DateOnly On, RegistrationEventKind Kind, UseNature? UseNature, string? OwnerIdNumber);

/// <summary>An accident party with the driver's identity number in clear, as the holder's file has it.</summary>
public sealed record DemoAccident(AccidentParty Party, string DriverIdNumber);
