namespace DataZones.Zones.Ocean.Geometry;

/// <summary>
/// A polygon in longitude/latitude degrees: an exterior ring and optional holes, each ring closed (first point
/// repeated last). Containment is the even-odd rule by ray casting, and a point on any edge counts as inside: a
/// polygon is a closed set, so a query area includes its boundary and a restricted area masks its boundary too.
/// Polygons are planar in degrees and do not cross the antimeridian.
/// </summary>
public sealed class GeoPolygon
{
    /// <summary>How close, in degrees, a point must be to an edge to be on it (about a millimetre).</summary>
    public const double BoundaryToleranceDegrees = 1e-9;

    public GeoPolygon(IReadOnlyList<IReadOnlyList<GeoPoint>> rings)
    {
        if (rings.Count == 0 || rings.Any(r => r.Count < 4 || r[0] != r[^1]))
        {
            throw new ArgumentException("A polygon needs closed rings of at least four points.", nameof(rings));
        }
        Rings = rings.Select(r => (IReadOnlyList<GeoPoint>)r.ToArray()).ToArray();
        var all = Rings.SelectMany(r => r).ToArray();
        Bounds = new BoundingBox(all.Min(p => p.Longitude), all.Min(p => p.Latitude), all.Max(p => p.Longitude), all.Max(p => p.Latitude));
    }

    public IReadOnlyList<IReadOnlyList<GeoPoint>> Rings { get; }

    public BoundingBox Bounds { get; }

    /// <summary>True when the point is inside the polygon or on its boundary.</summary>
    public bool Contains(double longitude, double latitude)
    {
        if (!Bounds.Contains(longitude, latitude))
        {
            return false;
        }
        var inside = false;
        foreach (var ring in Rings)
        {
            for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            {
                var a = ring[j];
                var b = ring[i];
                if (IsOnSegment(longitude, latitude, a, b))
                {
                    return true;
                }
                // Half-open in latitude, so a vertex on the ray is counted once.
                if ((b.Latitude > latitude) != (a.Latitude > latitude)
                    && longitude < (a.Longitude - b.Longitude) * (latitude - b.Latitude) / (a.Latitude - b.Latitude) + b.Longitude)
                {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private static bool IsOnSegment(double x, double y, GeoPoint a, GeoPoint b)
    {
        var cross = (b.Longitude - a.Longitude) * (y - a.Latitude) - (b.Latitude - a.Latitude) * (x - a.Longitude);
        var length = Math.Sqrt(Math.Pow(b.Longitude - a.Longitude, 2) + Math.Pow(b.Latitude - a.Latitude, 2));
        return Math.Abs(cross) <= BoundaryToleranceDegrees * Math.Max(length, 1)
            && x >= Math.Min(a.Longitude, b.Longitude) - BoundaryToleranceDegrees
            && x <= Math.Max(a.Longitude, b.Longitude) + BoundaryToleranceDegrees
            && y >= Math.Min(a.Latitude, b.Latitude) - BoundaryToleranceDegrees
            && y <= Math.Max(a.Latitude, b.Latitude) + BoundaryToleranceDegrees;
    }
}
