namespace DataZones.Zones.Transport.Reference;

// The record kinds of a vehicle's partition, kept together: each is a few fields and its row key.

/// <summary>The registration itself. The plate only as its keyed hash.</summary>
public sealed record VehicleRegistration(string Vin, string PlateKey, VehicleType Type, UseNature UseNature, DateOnly FirstRegisteredOn) : ITransportRecord
{
    public string PartitionKey => Vin;

    public string RowKey => TransportRowKeys.Vehicle;
}

/// <summary>A registration event; the new owner (on a transfer) only as a keyed hash.</summary>
public sealed record RegistrationEvent(string Vin, string EventId, DateOnly On, RegistrationEventKind Kind, UseNature? UseNature, string? OwnerKey) : ITransportRecord
{
    public string PartitionKey => Vin;

    public string RowKey => TransportRowKeys.Event(On, EventId);
}

/// <summary>A periodic inspection and its odometer reading.</summary>
public sealed record Inspection(string Vin, string InspectionId, DateOnly On, int OdometerKm) : ITransportRecord
{
    public string PartitionKey => Vin;

    public string RowKey => TransportRowKeys.Inspection(On, InspectionId);
}

/// <summary>A road-transport operating licence.</summary>
public sealed record OperatingLicence(string Vin, string LicenceId, DateOnly ValidFrom, DateOnly ValidUntil, LicenceStatus Status) : ITransportRecord
{
    public string PartitionKey => Vin;

    public string RowKey => TransportRowKeys.Licence(LicenceId);
}

/// <summary>One truck's BeiDou summary of one day.</summary>
public sealed record TelematicsDay(string Vin, DateOnly Day, int Km, int NightKm, int SpeedingEvents, int FatigueEvents) : ITransportRecord
{
    public string PartitionKey => Vin;

    public string RowKey => TransportRowKeys.Telematics(Day);
}

/// <summary>This vehicle's part in an accident. The driver only as a keyed hash; coordinates WGS 84.</summary>
public sealed record AccidentParty(
    string Vin, string CaseNumber, DateTimeOffset OccurredAt, double Longitude, double Latitude,
    int LiabilityPercent, int Injuries, DamageGrade Damage, string? DriverKey) : ITransportRecord
{
    public string PartitionKey => Vin;

    public string RowKey => TransportRowKeys.Accident(CaseNumber);
}

/// <summary>A recorded traffic violation.</summary>
public sealed record Violation(string Vin, string ViolationId, DateOnly On, string Code) : ITransportRecord
{
    public string PartitionKey => Vin;

    public string RowKey => TransportRowKeys.Violation(On, ViolationId);
}
