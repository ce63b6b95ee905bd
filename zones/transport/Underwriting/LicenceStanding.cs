namespace DataZones.Zones.Transport.Underwriting;

/// <summary>The state of a truck's road-transport operating licence on the day asked, ordered from least to most risk.</summary>
public enum LicenceStanding
{
    Valid,
    Expired,
    None,
    Suspended,
    Revoked,
}
