namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// A parsed <c>datetime</c>: an instant (<see cref="IsInstant"/>, Start = End), or an interval with inclusive ends,
/// either of which may be open (null). A bare date is the interval covering that UTC day.
/// </summary>
public sealed record DateTimeSelection(DateTimeOffset? Start, DateTimeOffset? End, bool IsInstant)
{
    public static DateTimeSelection All { get; } = new(null, null, false);
}
