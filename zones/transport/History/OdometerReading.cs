namespace DataZones.Zones.Transport.History;

/// <summary>One odometer reading in time (an inspection's).</summary>
public readonly record struct OdometerReading(DateOnly On, int Km);
