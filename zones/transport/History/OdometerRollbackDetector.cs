namespace DataZones.Zones.Transport.History;

/// <summary>
/// Finds odometer rollbacks (调表) in a timeline of readings, as NMVTIS-style title histories flag them: a reading
/// below the highest earlier reading by more than <see cref="ToleranceKm"/>. Comparing with the running maximum, not
/// only the previous reading, catches a rollback that is followed by a further small rise.
/// </summary>
public static class OdometerRollbackDetector
{
    /// <summary>Readings lower by at most this are taken as transcription noise, not as a rollback.</summary>
    public const int ToleranceKm = 100;

    /// <summary>The readings (in date order) that are rollbacks; none for a non-decreasing timeline.</summary>
    public static IReadOnlyList<OdometerReading> Rollbacks(IEnumerable<OdometerReading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var rollbacks = new List<OdometerReading>();
        var highest = int.MinValue;
        foreach (var reading in readings.OrderBy(r => r.On))
        {
            if (highest != int.MinValue && reading.Km < highest - ToleranceKm) rollbacks.Add(reading);
            highest = Math.Max(highest, reading.Km);
        }

        return rollbacks;
    }
}
