using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Api;

/// <summary>
/// The ocean zone's problem types. Each EDR problem code has its own type (<c>/problems/ocean-malformed-wkt</c>),
/// so a client can branch on the type alone; a request with problems of several codes gets
/// <see cref="InvalidQuery"/>, and every problem is listed in <c>errors</c> with its code either way.
/// </summary>
public static class OceanProblemTypes
{
    public static readonly ProblemType InvalidQuery = new("ocean-invalid-query", "The query has several problems.", 400);
    public static readonly ProblemType UnknownFormat = new("ocean-unknown-format", "The output format is not offered.", 400);
    public static readonly ProblemType CollectionNotFound = new("ocean-collection-not-found", "There is no such collection.", 404);
    public static readonly ProblemType InvalidExport = new("ocean-invalid-export", "The export request is invalid.", 400);
    public static readonly ProblemType ExportTooLarge = new("ocean-export-too-large", "The export would read more values than allowed.", 413);
    public static readonly ProblemType InvalidIngestion = new("ocean-invalid-ingestion", "The upload is not a valid dataset.", 400);
    public static readonly ProblemType DatasetExists = new("ocean-dataset-exists", "A dataset with this id exists or is being ingested.", 409);
    public static readonly ProblemType IngestionNotFound = new("ocean-ingestion-not-found", "There is no such ingestion.", 404);
    public static readonly ProblemType IngestionNotAwaitingUpload = new("ocean-ingestion-not-awaiting-upload", "The ingestion is not waiting for its files.", 409);
    public static readonly ProblemType ExportLinkNotFound = new("ocean-export-link-not-found", "There is no such export link, or it has expired.", 404);
    public static readonly ProblemType InvalidExportKey = new("ocean-invalid-export-key", "The path after the export link is not a Zarr key.", 400);
    public static readonly ProblemType IngestionQueueFull = new("ocean-ingestion-queue-full", "The conversion could not be queued; upload again later.", 503);

    private static readonly Dictionary<string, ProblemType> ByEdrCode = new[]
    {
        (EdrProblemCodes.MissingCoords, "'coords' is required."),
        (EdrProblemCodes.MalformedWkt, "'coords' is not well-formed WKT."),
        (EdrProblemCodes.WrongGeometry, "'coords' has the wrong geometry for this query."),
        (EdrProblemCodes.LatitudeOutOfRange, "A latitude is outside [-90, 90]."),
        (EdrProblemCodes.LongitudeOutOfRange, "A longitude is outside [-180, 180]."),
        (EdrProblemCodes.PolygonNotClosed, "A polygon ring does not end with its first point."),
        (EdrProblemCodes.PolygonTooFewPoints, "A polygon ring has fewer than four points."),
        (EdrProblemCodes.MissingBbox, "'bbox' is required."),
        (EdrProblemCodes.MalformedBbox, "'bbox' is not minLon,minLat,maxLon,maxLat."),
        (EdrProblemCodes.MalformedDatetime, "'datetime' is not an instant, a date or an interval."),
        (EdrProblemCodes.ReversedInterval, "The 'datetime' interval ends before it starts."),
        (EdrProblemCodes.UnknownParameter, "'parameter-name' names a parameter the collection does not have."),
        (EdrProblemCodes.MalformedParameterName, "'parameter-name' is not a comma-separated list of names."),
        (EdrProblemCodes.MalformedZ, "'z' is not a depth in metres."),
        (EdrProblemCodes.ZNotAvailable, "The collection has no depth levels."),
        (EdrProblemCodes.UnknownAggregation, "'aggregate' is not an offered aggregation."),
        (EdrProblemCodes.UnsupportedCrs, "'crs' names a CRS the answers are not offered in."),
        (EdrProblemCodes.ResolutionNotSupported, "'resolution-x' and 'resolution-y' are not offered."),
        (EdrProblemCodes.OutsideExtent, "The query lies outside the collection's extent."),
        (EdrProblemCodes.EmptySelection, "The query selects no grid cell."),
        (Griddap.GriddapParser.MalformedConstraint, "A griddap constraint is not var[start:stride:stop]."),
        (Griddap.GriddapParser.DifferentConstraints, "The variables of a griddap request carry different constraints."),
        (Griddap.GriddapParser.OutOfRange, "A griddap bound lies outside the dataset's range."),
        (Griddap.GriddapParser.InvalidStride, "A griddap stride is not a whole number of indexes within the dimension."),
        (Griddap.GriddapService.DepthNotOffered, "Griddap access to datasets with depth levels is not offered."),
    }.ToDictionary(p => p.Item1, p => new ProblemType("ocean-" + p.Item1, p.Item2, 400), StringComparer.Ordinal);

    public static readonly ProblemType TooManyValues = new("ocean-" + EdrProblemCodes.TooManyValues, "The query would read more values than allowed.", 413);

    /// <summary>The type of an EDR problem code, or null for a code that is not an EDR one.</summary>
    public static ProblemType? TryForEdrCode(string code) =>
        code == EdrProblemCodes.TooManyValues ? TooManyValues : ByEdrCode.GetValueOrDefault(code);

    /// <summary>Every type of the zone, registered so that <c>GET /problems</c> describes them.</summary>
    public static IReadOnlyList<ProblemType> All { get; } =
    [
        .. ByEdrCode.Values, TooManyValues, InvalidQuery, UnknownFormat, CollectionNotFound, InvalidExport, ExportTooLarge,
        InvalidIngestion, DatasetExists, IngestionNotFound, IngestionNotAwaitingUpload, IngestionQueueFull, ExportLinkNotFound, InvalidExportKey,
    ];
}
