namespace DataZones.Zones.Transport.Reference;

/// <summary>使用性质: the registered use of a vehicle. Anything but non-operating is commercial use.</summary>
public enum UseNature
{
    NonOperating,
    Taxi,
    RideHailing,
    Rental,
    Freight,
    Passenger,
}
