namespace DataZones.Zones.Transport.Reference;

/// <summary>The traffic police's damage assessment of a vehicle in an accident; ordered, worst last.</summary>
public enum DamageGrade
{
    None,
    Minor,
    Moderate,
    Severe,
}
