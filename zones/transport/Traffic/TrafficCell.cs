namespace DataZones.Zones.Transport.Traffic;

/// <summary>
/// One published (or withheld) cell of the traffic indicators: an area (a segment or the whole zone) and an hour of
/// day (or <c>all</c>), over the date range. Withheld cells carry their status and no figures.
/// </summary>
public sealed record TrafficCell(
    string Area,
    string Hour,
    string Status,
    int? Vehicles,
    int? Volume,
    int? AverageSpeedKmh,
    decimal? CongestionIndex);
