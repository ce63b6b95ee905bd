namespace DataZones.Zones.Transport.Reference;

/// <summary>A road-transport operating licence's status as the transport service centre records it.</summary>
public enum LicenceStatus
{
    Valid,
    Suspended,
    Revoked,
}
