using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Ingestion;

/// <summary>
/// The columns of each source's file, in CSV order (JSON Lines objects use the same names). docs/transport.md
/// documents them; the demo generator writes them and the parser reads them.
/// </summary>
public static class TransportFileFormats
{
    public static IReadOnlyList<string> Columns(TransportSource source) => source switch
    {
        TransportSource.Vehicles => ["vin", "plate", "vehicle_type", "use_nature", "first_registered_on"],
        TransportSource.RegistrationEvents => ["event_id", "vin", "happened_on", "event", "use_nature", "owner_id_number"],
        TransportSource.Inspections => ["inspection_id", "vin", "inspected_on", "odometer_km"],
        TransportSource.Licences => ["licence_id", "vin", "valid_from", "valid_until", "status"],
        TransportSource.Telematics => ["vin", "day", "km", "night_km", "speeding_events", "fatigue_events"],
        TransportSource.Accidents => ["case_number", "vin", "occurred_at", "longitude", "latitude", "liability_percent", "injuries", "damage", "driver_id_number"],
        TransportSource.Violations => ["violation_id", "vin", "happened_on", "code"],
        TransportSource.TrafficObservations => ["observation_id", "zone", "segment_id", "observed_at", "vin", "speed_kmh", "free_flow_kmh"],
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown transport source."),
    };

    /// <summary>The columns a line may leave empty.</summary>
    public static bool IsOptional(string column) => column is "use_nature" or "owner_id_number" or "driver_id_number";
}
