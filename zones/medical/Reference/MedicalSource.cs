namespace DataZones.Zones.Medical.Reference;

/// <summary>The health commission's files the zone loads: hospital visits and their prescriptions.</summary>
public enum MedicalSource
{
    Visits,
    Prescriptions,
}
