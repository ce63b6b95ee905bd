namespace DataZones.Zones.Ocean.Edr;

/// <summary>The stable codes of <see cref="EdrProblem"/>; clients may rely on them, so they never change meaning.</summary>
public static class EdrProblemCodes
{
    public const string MissingCoords = "missing-coords";
    public const string MalformedWkt = "malformed-wkt";
    public const string WrongGeometry = "wrong-geometry";
    public const string LatitudeOutOfRange = "latitude-out-of-range";
    public const string LongitudeOutOfRange = "longitude-out-of-range";
    public const string PolygonNotClosed = "polygon-not-closed";
    public const string PolygonTooFewPoints = "polygon-too-few-points";
    public const string MissingBbox = "missing-bbox";
    public const string MalformedBbox = "malformed-bbox";
    public const string MalformedDatetime = "malformed-datetime";
    public const string ReversedInterval = "reversed-interval";
    public const string UnknownParameter = "unknown-parameter";
    public const string MalformedParameterName = "malformed-parameter-name";
    public const string MalformedZ = "malformed-z";
    public const string ZNotAvailable = "z-not-available";
    public const string UnknownAggregation = "unknown-aggregation";
    public const string UnsupportedCrs = "unsupported-crs";
    public const string ResolutionNotSupported = "resolution-not-supported";
    public const string OutsideExtent = "outside-extent";
    public const string EmptySelection = "empty-selection";

    /// <summary>The query would return more values than allowed (HTTP 413); the detail carries the count.</summary>
    public const string TooManyValues = "too-many-values";
}
