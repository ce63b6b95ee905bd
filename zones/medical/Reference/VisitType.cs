namespace DataZones.Zones.Medical.Reference;

/// <summary>Whether the person was admitted (住院) or seen as an outpatient (门诊).</summary>
public enum VisitType
{
    Outpatient,
    Inpatient,
}
