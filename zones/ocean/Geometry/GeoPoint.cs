namespace DataZones.Zones.Ocean.Geometry;

/// <summary>A WGS 84 position in degrees, longitude first (the axis order of CRS84 and of WKT).</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);
