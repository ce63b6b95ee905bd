namespace DataZones.Zones.Transport.Reference;

/// <summary>The holders' files the zone loads, each keyed by VIN.</summary>
public enum TransportSource
{
    /// <summary>Vehicle administration: one line per registered vehicle (type, use nature, first registration, plate).</summary>
    Vehicles,

    /// <summary>Vehicle administration: transfers, use-nature changes, mortgages, seizures and their releases, damage brands.</summary>
    RegistrationEvents,

    /// <summary>Vehicle administration: periodic inspections with the odometer reading.</summary>
    Inspections,

    /// <summary>Transport service centre: road-transport operating licences of trucks.</summary>
    Licences,

    /// <summary>Transport service centre: BeiDou positioning summaries, one per truck per day.</summary>
    Telematics,

    /// <summary>Traffic police: one line per vehicle party to an accident.</summary>
    Accidents,

    /// <summary>Traffic police: traffic violations.</summary>
    Violations,

    /// <summary>Transport service centre: vehicle passages of road segments (checkpoint and BeiDou), for the traffic indicators.</summary>
    TrafficObservations,
}
