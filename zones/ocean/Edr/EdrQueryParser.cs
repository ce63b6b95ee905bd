using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Geometry;

namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// Turns the raw parameters of a position, area or cube request into an <see cref="EdrQuery"/> for one dataset,
/// reporting every problem at once rather than the first. Whether the query fits the dataset's extent is the
/// planner's question (<see cref="QueryPlanner"/>); this checks form and names.
/// </summary>
public static class EdrQueryParser
{
    public static EdrParseResult<EdrQuery> Parse(EdrQueryKind kind, EdrQueryParameters raw, DatasetDescriptor dataset)
    {
        var problems = new List<EdrProblem>();
        GeoPoint? point = null;
        GeoPolygon? polygon = null;
        BoundingBox? bbox = null;
        switch (kind)
        {
            case EdrQueryKind.Position:
                point = Take(Required(raw.Coords, "coords", EdrProblemCodes.MissingCoords, "POINT(lon lat)", problems), WktParser.ParsePoint, problems);
                break;
            case EdrQueryKind.Area:
                polygon = Take(Required(raw.Coords, "coords", EdrProblemCodes.MissingCoords, "POLYGON((lon lat, …))", problems), WktParser.ParsePolygon, problems);
                break;
            case EdrQueryKind.Cube:
                bbox = Take(Required(raw.Bbox, "bbox", EdrProblemCodes.MissingBbox, "minLon,minLat,maxLon,maxLat", problems), BboxParser.Parse, problems);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an EDR query kind.");
        }
        var datetime = string.IsNullOrWhiteSpace(raw.Datetime) ? DateTimeSelection.All : Take(raw.Datetime, DateTimeParser.Parse, problems);
        var parameters = ParseParameterNames(raw.ParameterName, dataset, problems);
        var z = ParseZ(raw.Z, dataset, problems);
        var aggregation = ParseAggregation(raw.Aggregate, problems);
        CheckCrs(raw.Crs, problems);
        CheckNativeResolution(raw.ResolutionX, "resolution-x", problems);
        CheckNativeResolution(raw.ResolutionY, "resolution-y", problems);
        return problems.Count > 0
            ? EdrParseResult<EdrQuery>.Failure(problems)
            : EdrParseResult<EdrQuery>.Success(new EdrQuery(kind, point, polygon, bbox, datetime!, parameters, z, aggregation));
    }

    private static string? Required(string? value, string name, string code, string form, List<EdrProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(code, name, $"'{name}' is required, as {form}."));
            return null;
        }
        return value;
    }

    private static T? Take<T>(string? text, Func<string, EdrParseResult<T>> parse, List<EdrProblem> problems)
        where T : class =>
        text is null ? null : Collect(parse(text), problems);

    private static GeoPoint? Take(string? text, Func<string, EdrParseResult<GeoPoint>> parse, List<EdrProblem> problems)
    {
        if (text is null)
        {
            return null;
        }
        var result = parse(text);
        problems.AddRange(result.Problems);
        return result.IsValid ? result.Value : null;
    }

    private static T? Collect<T>(EdrParseResult<T> result, List<EdrProblem> problems)
        where T : class
    {
        problems.AddRange(result.Problems);
        return result.IsValid ? result.Value : null;
    }

    private static IReadOnlyList<OceanParameter> ParseParameterNames(string? text, DatasetDescriptor dataset, List<EdrProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return dataset.Parameters;
        }
        var names = text.Split(',', StringSplitOptions.TrimEntries);
        if (names.Any(n => n.Length == 0))
        {
            problems.Add(new(EdrProblemCodes.MalformedParameterName, "parameter-name", "'parameter-name' is a comma-separated list of names without empty items."));
            return [];
        }
        var selected = new List<OceanParameter>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (dataset.FindParameter(name) is { } parameter)
            {
                selected.Add(parameter);
            }
            else
            {
                problems.Add(new(EdrProblemCodes.UnknownParameter, "parameter-name",
                    $"'{name}' is not a parameter of '{dataset.Id}'; it has {string.Join(", ", dataset.Parameters.Select(p => p.Name))}."));
            }
        }
        return selected;
    }

    private static double? ParseZ(string? text, DatasetDescriptor dataset, List<EdrProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!WktParser.TryParseNumber(text.Trim(), out var z))
        {
            problems.Add(new(EdrProblemCodes.MalformedZ, "z", $"'{text}' is not a single depth in metres."));
            return null;
        }
        if (dataset.Depth is null)
        {
            problems.Add(new(EdrProblemCodes.ZNotAvailable, "z", $"'{dataset.Id}' is a surface dataset without depth levels; omit 'z'."));
            return null;
        }
        return z;
    }

    private static EdrAggregation ParseAggregation(string? text, List<EdrProblem> problems)
    {
        switch (text?.Trim())
        {
            case null or "":
                return EdrAggregation.None;
            case "temporal-mean":
                return EdrAggregation.TemporalMean;
            case "spatial-mean":
                return EdrAggregation.SpatialMean;
            default:
                problems.Add(new(EdrProblemCodes.UnknownAggregation, "aggregate", $"'{text}' is not an aggregation; use temporal-mean or spatial-mean."));
                return EdrAggregation.None;
        }
    }

    /// <summary>The names of the one CRS answers are in: a <c>crs</c> that names another is refused, never ignored.</summary>
    public static readonly IReadOnlyList<string> Crs84Names = ["CRS84", "OGC:CRS84", DatasetDescriptor.Crs84];

    private static void CheckCrs(string? text, List<EdrProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text) || Crs84Names.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase)) return;
        problems.Add(new(EdrProblemCodes.UnsupportedCrs, "crs",
            $"'{text}' is not offered; answers are in CRS84 (longitude, latitude on WGS 84): crs={string.Join(" or ", Crs84Names)}, or omit it."));
    }

    // Decimation is not offered: asking for another resolution gets a clear refusal rather than the native grid.
    private static void CheckNativeResolution(string? text, string name, List<EdrProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        problems.Add(new(EdrProblemCodes.ResolutionNotSupported, name,
            $"'{name}' is not offered: cells come at the dataset's own grid spacing (see the collection's extent); omit it."));
    }
}
