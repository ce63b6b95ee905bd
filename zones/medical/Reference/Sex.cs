namespace DataZones.Zones.Medical.Reference;

/// <summary>Sex as the resident identity number records it (digit 17: odd male, even female).</summary>
public enum Sex
{
    Female,
    Male,
}
