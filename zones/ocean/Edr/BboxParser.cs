using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Edr;

/// <summary>Parses <c>bbox=minLon,minLat,maxLon,maxLat</c> (degrees, CRS84 order; boxes across the antimeridian are not supported).</summary>
public static class BboxParser
{
    private const string Parameter = "bbox";

    public static EdrParseResult<BoundingBox> Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[4];
        if (parts.Length != 4 || parts.Where((p, i) => !WktParser.TryParseNumber(p, out numbers[i])).Any())
        {
            return Failure(EdrProblemCodes.MalformedBbox, $"'{text}' is not four numbers minLon,minLat,maxLon,maxLat.");
        }
        var box = new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]);
        var problems = new List<EdrProblem>();
        if (new[] { box.MinLongitude, box.MaxLongitude }.Any(l => l is < -180 or > 180))
        {
            problems.Add(new(EdrProblemCodes.LongitudeOutOfRange, Parameter, "Longitudes must lie in [-180, 180]."));
        }
        if (new[] { box.MinLatitude, box.MaxLatitude }.Any(l => l is < -90 or > 90))
        {
            problems.Add(new(EdrProblemCodes.LatitudeOutOfRange, Parameter, "Latitudes must lie in [-90, 90]."));
        }
        if (box.MinLongitude > box.MaxLongitude || box.MinLatitude > box.MaxLatitude)
        {
            problems.Add(new(EdrProblemCodes.MalformedBbox, Parameter, "The minimum longitude and latitude must not exceed the maximum ones."));
        }
        return problems.Count > 0 ? EdrParseResult<BoundingBox>.Failure(problems) : EdrParseResult<BoundingBox>.Success(box);
    }

    private static EdrParseResult<BoundingBox> Failure(string code, string detail) =>
        EdrParseResult<BoundingBox>.Failure(new EdrProblem(code, Parameter, detail));
}
