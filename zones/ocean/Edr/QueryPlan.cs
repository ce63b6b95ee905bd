using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// What a query will read, decided before anything is read: index ranges on each axis, the depth level, which
/// cells of the window lie in the query's polygon, and how many values it reads and returns. The counts are what
/// the 413 limit and per-value metering look at.
/// </summary>
public sealed record QueryPlan(
    DatasetDescriptor Dataset,
    EdrQuery Query,
    IndexRange Time,
    IndexRange Latitude,
    IndexRange Longitude,
    int? DepthIndex,
    IReadOnlyList<bool>? AreaMask)
{
    /// <summary>Cells in the latitude × longitude window.</summary>
    public int CellCount => Latitude.Count * Longitude.Count;

    /// <summary>Values read from storage: time steps × cells × parameters.</summary>
    public long ValuesRead => (long)Time.Count * CellCount * Query.Parameters.Count;

    /// <summary>Values in the answer (nulls for land and masked cells included), after any aggregation.</summary>
    public long ValuesReturned => Query.Aggregation switch
    {
        EdrAggregation.TemporalMean => (long)CellCount * Query.Parameters.Count,
        EdrAggregation.SpatialMean => (long)Time.Count * Query.Parameters.Count,
        _ => ValuesRead,
    };

    /// <summary>The selection of one parameter's array, with or without a depth dimension.</summary>
    public Hyperslab Selection(int arrayRank) => arrayRank switch
    {
        3 => new Hyperslab([Time.Start, Latitude.Start, Longitude.Start], [Time.Count, Latitude.Count, Longitude.Count]),
        4 => new Hyperslab([Time.Start, DepthIndex ?? 0, Latitude.Start, Longitude.Start], [Time.Count, 1, Latitude.Count, Longitude.Count]),
        _ => throw new InvalidDataException($"A parameter array has rank {arrayRank}; expected (time, [depth,] latitude, longitude)."),
    };
}
