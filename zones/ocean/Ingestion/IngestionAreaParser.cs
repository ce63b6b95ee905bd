using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>Validates an upload's restricted areas: named, closed rings of at least four in-range <c>[lon, lat]</c> positions.</summary>
public static class IngestionAreaParser
{
    public static IReadOnlyList<RestrictedArea> Parse(IReadOnlyList<IngestionRestrictedArea>? areas, List<FieldError> problems)
    {
        var result = new List<RestrictedArea>();
        for (var i = 0; i < (areas?.Count ?? 0); i++)
        {
            var area = areas![i];
            var field = $"restrictedAreas[{i}]";
            var points = area.Polygon?.Select(p => p is { Length: 2 } ? new GeoPoint(p[0], p[1]) : (GeoPoint?)null).ToArray() ?? [];
            if (string.IsNullOrWhiteSpace(area.Name))
            {
                problems.Add(new(field + ".name", IngestionProblemCodes.Required, "A restricted area needs a name."));
            }
            if (points.Length < 4 || points.Any(p => p is null) || points[0] != points[^1])
            {
                problems.Add(new(field + ".polygon", IngestionProblemCodes.InvalidPolygon,
                    "'polygon' must be a closed ring of at least four [lon, lat] positions, the first repeated last."));
                continue;
            }
            if (points.Any(p => p!.Value.Longitude is < -180 or > 180 || p.Value.Latitude is < -90 or > 90))
            {
                problems.Add(new(field + ".polygon", IngestionProblemCodes.OutOfRange, "Positions must lie within longitude [-180, 180] and latitude [-90, 90]."));
                continue;
            }
            result.Add(new RestrictedArea(area.Name ?? "", new GeoPolygon([points.Select(p => p!.Value).ToArray()])));
        }
        return result;
    }
}
