namespace DataZones.Zones.Transport.Traffic;

/// <summary>The indicators of a zone over a date range, cell by cell, after disclosure control.</summary>
public sealed record TrafficIndicators(string Zone, string By, DateOnly From, DateOnly To, int MinimumVehicles, int RoundingBase, IReadOnlyList<TrafficCell> Cells);
