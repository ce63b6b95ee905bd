using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// Which cells of a latitude × longitude window (C order, latitude outer) a polygon covers, judged by cell centre.
/// </summary>
public static class CellMasks
{
    /// <summary>True for every cell whose centre is inside <paramref name="polygon"/> or on its edge.</summary>
    public static bool[] Inside(GeoPolygon polygon, CoordinateAxis latitude, IndexRange latitudes, CoordinateAxis longitude, IndexRange longitudes)
    {
        var mask = new bool[latitudes.Count * longitudes.Count];
        for (var y = 0; y < latitudes.Count; y++)
        {
            var lat = latitude.Values[latitudes.Start + y];
            for (var x = 0; x < longitudes.Count; x++)
            {
                mask[y * longitudes.Count + x] = polygon.Contains(longitude.Values[longitudes.Start + x], lat);
            }
        }
        return mask;
    }
}
