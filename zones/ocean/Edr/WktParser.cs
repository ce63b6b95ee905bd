using System.Globalization;
using System.Text.RegularExpressions;
using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// Parses the two WKT geometries EDR's <c>coords</c> takes here: <c>POINT(lon lat)</c> and
/// <c>POLYGON((lon lat, …)[, (…)])</c> (holes allowed). Keywords are case-insensitive; coordinates are
/// longitude then latitude in degrees, each checked against its range.
/// </summary>
public static partial class WktParser
{
    private const string Parameter = "coords";

    [GeneratedRegex(@"^\s*POINT\s*\(([^()]*)\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointPattern();

    [GeneratedRegex(@"^\s*POLYGON\s*\(\s*(\([^()]*\)\s*(,\s*\([^()]*\)\s*)*)\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolygonPattern();

    [GeneratedRegex(@"\(([^()]*)\)")]
    private static partial Regex RingPattern();

    public static EdrParseResult<GeoPoint> ParsePoint(string text)
    {
        var match = PointPattern().Match(text);
        if (!match.Success)
        {
            return Malformed<GeoPoint>(text, "POINT(lon lat)");
        }
        var problems = new List<EdrProblem>();
        var point = ParsePosition(match.Groups[1].Value, problems);
        return problems.Count > 0 ? EdrParseResult<GeoPoint>.Failure(problems) : EdrParseResult<GeoPoint>.Success(point!.Value);
    }

    public static EdrParseResult<GeoPolygon> ParsePolygon(string text)
    {
        var match = PolygonPattern().Match(text);
        if (!match.Success)
        {
            return Malformed<GeoPolygon>(text, "POLYGON((lon lat, lon lat, lon lat, lon lat))");
        }
        var problems = new List<EdrProblem>();
        var rings = new List<IReadOnlyList<GeoPoint>>();
        foreach (Match ring in RingPattern().Matches(match.Groups[1].Value))
        {
            var points = ring.Groups[1].Value.Split(',').Select(p => ParsePosition(p, problems)).ToList();
            if (problems.Count > 0)
            {
                break;
            }
            var closed = points.Select(p => p!.Value).ToArray();
            if (closed.Length < 4)
            {
                problems.Add(new(EdrProblemCodes.PolygonTooFewPoints, Parameter, $"A polygon ring needs at least 4 points (the first repeated last); this one has {closed.Length}."));
            }
            else if (closed[0] != closed[^1])
            {
                problems.Add(new(EdrProblemCodes.PolygonNotClosed, Parameter, "A polygon ring must end with its first point."));
            }
            rings.Add(closed);
        }
        return problems.Count > 0
            ? EdrParseResult<GeoPolygon>.Failure(problems.DistinctBy(p => p.Code).ToArray())
            : EdrParseResult<GeoPolygon>.Success(new GeoPolygon(rings));
    }

    /// <summary>Parses "lon lat", adding a problem (and returning null) when it is not two in-range numbers.</summary>
    private static GeoPoint? ParsePosition(string text, List<EdrProblem> problems)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryParseNumber(parts[0], out var longitude) || !TryParseNumber(parts[1], out var latitude))
        {
            problems.Add(new(EdrProblemCodes.MalformedWkt, Parameter, $"'{text.Trim()}' is not a position 'lon lat' of two numbers."));
            return null;
        }
        if (longitude is < -180 or > 180)
        {
            problems.Add(new(EdrProblemCodes.LongitudeOutOfRange, Parameter, $"Longitude {parts[0]} is out of range [-180, 180]."));
            return null;
        }
        if (latitude is < -90 or > 90)
        {
            problems.Add(new(EdrProblemCodes.LatitudeOutOfRange, Parameter, $"Latitude {parts[1]} is out of range [-90, 90]."));
            return null;
        }
        return new GeoPoint(longitude, latitude);
    }

    internal static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    private static EdrParseResult<T> Malformed<T>(string text, string expected) =>
        EdrParseResult<T>.Failure(new EdrProblem(
            EdrProblemCodes.MalformedWkt, Parameter, $"'{Shorten(text)}' is not well-formed WKT; expected {expected}."));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
