using System.Globalization;
using DataZones.Zones.Ocean.Datasets;

namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// Decides what a valid query reads from a dataset, without reading: a point selects the nearest cell, a box the
/// cells whose centres it contains (clipped to the grid), a polygon the cells of its bounding window whose centres
/// it contains. A selection outside the dataset's extent, or one that holds no cell centre or time step, is a
/// problem, not an empty answer.
/// </summary>
public static class QueryPlanner
{
    public static EdrParseResult<QueryPlan> Plan(DatasetDescriptor dataset, EdrQuery query)
    {
        var problems = new List<EdrProblem>();
        var time = PlanTime(dataset, query.Datetime, problems);
        var depth = PlanDepth(dataset, query.Z, problems);
        IndexRange? latitudes = null, longitudes = null;
        bool[]? areaMask = null;
        switch (query.Kind)
        {
            case EdrQueryKind.Position:
                var point = query.Point!.Value;
                var y = dataset.Latitude.NearestIndex(point.Latitude);
                var x = dataset.Longitude.NearestIndex(point.Longitude);
                if (y is null || x is null)
                {
                    problems.Add(Outside(dataset, "coords", $"POINT({Format(point.Longitude)} {Format(point.Latitude)})"));
                    break;
                }
                (latitudes, longitudes) = (new IndexRange(y.Value, 1), new IndexRange(x.Value, 1));
                break;
            case EdrQueryKind.Cube:
                (latitudes, longitudes) = Window(dataset, query.Bbox!, "bbox", problems);
                break;
            case EdrQueryKind.Area:
                (latitudes, longitudes) = Window(dataset, query.Polygon!.Bounds, "coords", problems);
                if (latitudes is { } lat && longitudes is { } lon)
                {
                    areaMask = CellMasks.Inside(query.Polygon, dataset.Latitude, lat, dataset.Longitude, lon);
                    if (!areaMask.Contains(true))
                    {
                        problems.Add(new(EdrProblemCodes.EmptySelection, "coords", "The polygon contains no grid cell centre; enlarge it."));
                    }
                }
                break;
        }
        if (problems.Count > 0)
        {
            return EdrParseResult<QueryPlan>.Failure(problems);
        }
        return EdrParseResult<QueryPlan>.Success(new QueryPlan(dataset, query, time!.Value, latitudes!.Value, longitudes!.Value, depth, areaMask));
    }

    private static IndexRange? PlanTime(DatasetDescriptor dataset, DateTimeSelection selection, List<EdrProblem> problems)
    {
        var axis = dataset.Time;
        IndexRange? range = selection.IsInstant
            ? axis.NearestIndex(selection.Start!.Value) is { } i ? new IndexRange(i, 1) : null
            : axis.RangeWithin(selection.Start, selection.End);
        if (range is null)
        {
            problems.Add(new(EdrProblemCodes.OutsideExtent, "datetime",
                $"No time step of '{dataset.Id}' is selected; it has {axis.Count} steps from {Format(axis.First)} to {Format(axis.Last)}."));
        }
        return range;
    }

    private static int? PlanDepth(DatasetDescriptor dataset, double? z, List<EdrProblem> problems)
    {
        if (dataset.Depth is not { } depth)
        {
            return null;
        }
        if (z is null)
        {
            return 0; // the shallowest level: what "the sea surface" means for a profile dataset
        }
        var index = depth.NearestIndex(z.Value);
        if (index is null)
        {
            problems.Add(new(EdrProblemCodes.OutsideExtent, "z", $"z={Format(z.Value)} is outside the depths {Format(depth.Values[0])} to {Format(depth.Values[^1])} m."));
        }
        return index;
    }

    private static (IndexRange?, IndexRange?) Window(DatasetDescriptor dataset, Geometry.BoundingBox box, string parameter, List<EdrProblem> problems)
    {
        if (!box.Intersects(dataset.SpatialExtent))
        {
            problems.Add(Outside(dataset, parameter, "The area"));
            return (null, null);
        }
        var latitudes = dataset.Latitude.RangeWithin(box.MinLatitude, box.MaxLatitude);
        var longitudes = dataset.Longitude.RangeWithin(box.MinLongitude, box.MaxLongitude);
        if (latitudes is null || longitudes is null)
        {
            problems.Add(new(EdrProblemCodes.EmptySelection, parameter,
                $"The area contains no grid cell centre (the grid spacing is {Format(dataset.Latitude.HalfCell * 2)}°); enlarge it."));
        }
        return (latitudes, longitudes);
    }

    private static EdrProblem Outside(DatasetDescriptor dataset, string parameter, string what)
    {
        var e = dataset.SpatialExtent;
        return new(EdrProblemCodes.OutsideExtent, parameter,
            $"{what} is outside '{dataset.Id}', which covers longitude {Format(e.MinLongitude)} to {Format(e.MaxLongitude)} " +
            $"and latitude {Format(e.MinLatitude)} to {Format(e.MaxLatitude)}.");
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Format(DateTimeOffset value) => TimeAxis.Format(value);
}
