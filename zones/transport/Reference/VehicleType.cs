namespace DataZones.Zones.Transport.Reference;

/// <summary>The vehicle administration's vehicle classes the zone distinguishes.</summary>
public enum VehicleType
{
    PrivateCar,
    Taxi,
    Bus,
    LightTruck,
    HeavyTruck,
}
