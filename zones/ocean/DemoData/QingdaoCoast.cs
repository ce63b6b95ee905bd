using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.DemoData;

/// <summary>
/// A simplified coastline of the Shandong peninsula's south shore between Rizhao and Shidao, with Jiaozhou Bay,
/// accurate to a few kilometres: enough for a plausible land mask and for "distance to the coast" effects, not for
/// navigation.
/// </summary>
public static class QingdaoCoast
{
    /// <summary>The shore from west to east (longitude, latitude).</summary>
    public static IReadOnlyList<GeoPoint> Shoreline { get; } =
    [
        new(119.50, 35.45), new(119.75, 35.62), new(120.00, 35.85), new(120.15, 35.95), new(120.18, 36.05),
        new(120.12, 36.15), new(120.25, 36.27), new(120.36, 36.17), new(120.30, 36.07), new(120.40, 36.05),
        new(120.60, 36.12), new(120.70, 36.20), new(120.90, 36.38), new(121.10, 36.55), new(121.20, 36.68),
        new(121.50, 36.78), new(121.60, 36.85), new(122.00, 36.90), new(122.40, 36.88), new(122.55, 37.00),
    ];

    /// <summary>The land north of the shore, closed along 37.2° N.</summary>
    public static GeoPolygon Land { get; } = new([[.. Shoreline, new(122.55, 37.2), new(119.45, 37.2), new(119.45, 35.45), Shoreline[0]]]);

    public static bool IsLand(double longitude, double latitude) => Land.Contains(longitude, latitude);

    /// <summary>Approximate distance in kilometres from a sea point to the nearest stretch of shore.</summary>
    public static double DistanceKm(double longitude, double latitude)
    {
        var kmPerDegreeLongitude = 111.32 * Math.Cos(latitude * Math.PI / 180);
        const double kmPerDegreeLatitude = 110.57;
        var nearest = double.MaxValue;
        for (var i = 1; i < Shoreline.Count; i++)
        {
            var (ax, ay) = ((Shoreline[i - 1].Longitude - longitude) * kmPerDegreeLongitude, (Shoreline[i - 1].Latitude - latitude) * kmPerDegreeLatitude);
            var (bx, by) = ((Shoreline[i].Longitude - longitude) * kmPerDegreeLongitude, (Shoreline[i].Latitude - latitude) * kmPerDegreeLatitude);
            var (dx, dy) = (bx - ax, by - ay);
            var along = Math.Clamp(-(ax * dx + ay * dy) / (dx * dx + dy * dy), 0, 1);
            nearest = Math.Min(nearest, Math.Sqrt(Math.Pow(ax + along * dx, 2) + Math.Pow(ay + along * dy, 2)));
        }
        return nearest;
    }
}
