namespace DataZones.Zones.Ocean.Geometry;

/// <summary>A longitude/latitude box in degrees, edges included. Boxes do not cross the antimeridian.</summary>
public sealed record BoundingBox(double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude)
{
    public bool Contains(double longitude, double latitude) =>
        longitude >= MinLongitude && longitude <= MaxLongitude && latitude >= MinLatitude && latitude <= MaxLatitude;

    public bool Intersects(BoundingBox other) =>
        MinLongitude <= other.MaxLongitude && other.MinLongitude <= MaxLongitude
        && MinLatitude <= other.MaxLatitude && other.MinLatitude <= MaxLatitude;
}
