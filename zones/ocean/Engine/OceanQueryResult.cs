using System.Buffers;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Engine;

/// <summary>
/// The values a query produced, ready for a writer: per parameter, a block of shape (time, latitude, longitude) in
/// C order with NaN where there is no value (land, outside the polygon, restricted). After a temporal mean the time
/// axis has one step spanning <see cref="TimeBounds"/>; after a spatial mean the latitude and longitude axes have
/// one value spanning <see cref="SpatialBounds"/>. Buffers are pooled: dispose the result once written.
/// </summary>
public sealed class OceanQueryResult : IDisposable
{
    private readonly float[][] _values;
    private bool _disposed;

    internal OceanQueryResult(
        QueryPlan plan, IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> latitudes, IReadOnlyList<double> longitudes,
        float[][] values, IReadOnlyList<bool>? cellIncluded, (DateTimeOffset Start, DateTimeOffset End)? timeBounds,
        Geometry.BoundingBox? spatialBounds, WithheldCells? withheld)
    {
        Withheld = withheld;
        Plan = plan;
        Times = times;
        Latitudes = latitudes;
        Longitudes = longitudes;
        _values = values;
        CellIncluded = cellIncluded;
        TimeBounds = timeBounds;
        SpatialBounds = spatialBounds;
        ValueCountPerParameter = times.Count * latitudes.Count * longitudes.Count;
    }

    public QueryPlan Plan { get; }

    public DatasetDescriptor Dataset => Plan.Dataset;

    public IReadOnlyList<OceanParameter> Parameters => Plan.Query.Parameters;

    public IReadOnlyList<DateTimeOffset> Times { get; }

    public IReadOnlyList<double> Latitudes { get; }

    public IReadOnlyList<double> Longitudes { get; }

    /// <summary>The depth of the selected level, for datasets with depth levels.</summary>
    public double? Depth => Plan.DepthIndex is { } i ? Dataset.Depth!.Values[i] : null;

    /// <summary>Which cells belong to the answer (an area query's polygon); null when all do.</summary>
    public IReadOnlyList<bool>? CellIncluded { get; }

    public (DateTimeOffset Start, DateTimeOffset End)? TimeBounds { get; }

    /// <summary>
    /// The selection's cells withheld from this consumer (restricted areas), null when none. After a spatial mean the
    /// single value of each time step is the mean of the cells the consumer may see; the count says how many were left out.
    /// </summary>
    public WithheldCells? Withheld { get; }

    public Geometry.BoundingBox? SpatialBounds { get; }

    public int CellCount => Latitudes.Count * Longitudes.Count;

    /// <summary>Values per parameter: time steps × cells.</summary>
    public int ValueCountPerParameter { get; }

    /// <summary>The values of the parameter at <paramref name="parameterIndex"/>, (time, latitude, longitude) in C order.</summary>
    public ReadOnlySpan<float> Values(int parameterIndex)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _values[parameterIndex].AsSpan(0, ValueCountPerParameter);
    }

    /// <summary>The same values as <see cref="Values"/>, for writers that render blocks of them in parallel.</summary>
    internal ReadOnlyMemory<float> ValuesMemory(int parameterIndex)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _values[parameterIndex].AsMemory(0, ValueCountPerParameter);
    }

    /// <summary>
    /// Every n-th time step, latitude and longitude of a whole-window result (a griddap stride), in new pooled buffers;
    /// this result stays as it was. Only for results without an area mask or a mean, which griddap never asks for.
    /// </summary>
    internal OceanQueryResult Thinned(int timeStride, int latitudeStride, int longitudeStride)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (CellIncluded is not null || TimeBounds is not null || SpatialBounds is not null)
        {
            throw new InvalidOperationException("Only a whole-window result without means can be thinned.");
        }
        static List<T> Every<T>(IReadOnlyList<T> values, int stride) => Enumerable.Range(0, (values.Count + stride - 1) / stride).Select(i => values[i * stride]).ToList();
        var times = Every(Times, timeStride);
        var latitudes = Every(Latitudes, latitudeStride);
        var longitudes = Every(Longitudes, longitudeStride);
        var values = new float[_values.Length][];
        for (var p = 0; p < values.Length; p++)
        {
            values[p] = ArrayPool<float>.Shared.Rent(times.Count * latitudes.Count * longitudes.Count);
            var i = 0;
            for (var t = 0; t < Times.Count; t += timeStride)
            {
                for (var y = 0; y < Latitudes.Count; y += latitudeStride)
                {
                    for (var x = 0; x < Longitudes.Count; x += longitudeStride) values[p][i++] = _values[p][(t * Latitudes.Count + y) * Longitudes.Count + x];
                }
            }
        }
        return new OceanQueryResult(Plan, times, latitudes, longitudes, values, null, null, null,
            Withheld?.Thinned(Latitudes.Count, Longitudes.Count, latitudeStride, longitudeStride));
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        foreach (var buffer in _values)
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }
}
