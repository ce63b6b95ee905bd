using System.Buffers;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Engine;

/// <summary>
/// Runs a planned query against an opened dataset: for each parameter, reads exactly the chunks the plan's
/// hyperslab touches (through whatever cache the dataset's store has, decoding in parallel), blanks cells outside
/// the query polygon and, for consumers without an elevated grade, cells in restricted areas, then aggregates. Only
/// the selection is ever in memory, and its size is bounded by <see cref="OceanQueryLimits"/> before this runs.
/// </summary>
public sealed class OceanQueryEngine
{
    private readonly OceanEngineOptions _options;

    public OceanQueryEngine(OceanEngineOptions? options = null) => _options = options ?? OceanEngineOptions.Default;

    /// <param name="dataset">The dataset the plan was made for.</param>
    /// <param name="plan">A plan from <see cref="QueryPlanner.Plan"/>, already checked against the limits.</param>
    /// <param name="elevatedGrade">True when the consumer may see restricted areas.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public async Task<OceanQueryResult> ExecuteAsync(
        OceanDataset dataset, QueryPlan plan, bool elevatedGrade, CancellationToken cancellationToken = default)
    {
        if (!ReferenceEquals(dataset.Descriptor, plan.Dataset))
        {
            throw new ArgumentException("The plan was made for another dataset.", nameof(plan));
        }
        var withheld = WithheldCells.For(plan, elevatedGrade);
        var blanks = BlankCells(plan, withheld);
        var perParameter = checked((int)(plan.ValuesRead / plan.Query.Parameters.Count));
        var buffers = new float[plan.Query.Parameters.Count][];
        // The parameters are read together, sharing the parallelism, so that decoding never idles on the last few
        // chunks of one parameter while the next one's wait (a parameter often has fewer chunks than there are workers).
        var parallelism = Math.Max(1, (_options.ChunkReadParallelism + buffers.Length - 1) / buffers.Length);
        try
        {
            for (var p = 0; p < buffers.Length; p++)
            {
                buffers[p] = ArrayPool<float>.Shared.Rent(perParameter);
            }
            await Task.WhenAll(Enumerable.Range(0, buffers.Length).Select(async p =>
            {
                var array = dataset.Variable(plan.Query.Parameters[p]);
                await array.ReadAsync(plan.Selection(array.Metadata.Rank), buffers[p].AsMemory(0, perParameter), parallelism, cancellationToken)
                    .ConfigureAwait(false);
                Blank(buffers[p].AsSpan(0, perParameter), plan.CellCount, blanks);
            })).ConfigureAwait(false);
            return Aggregate(plan, buffers, withheld);
        }
        catch
        {
            foreach (var buffer in buffers.Where(b => b is not null))
            {
                ArrayPool<float>.Shared.Return(buffer);
            }
            throw;
        }
    }

    /// <summary>The window's cells to blank: outside the query polygon, or restricted for this consumer.</summary>
    private static int[] BlankCells(QueryPlan plan, WithheldCells? withheld)
    {
        var blanks = new List<int>();
        for (var i = 0; i < plan.CellCount; i++)
        {
            if ((plan.AreaMask is { } inside && !inside[i]) || (withheld is not null && withheld.Mask[i]))
            {
                blanks.Add(i);
            }
        }
        return [.. blanks];
    }

    private static void Blank(Span<float> values, int cells, int[] blanks)
    {
        if (blanks.Length == 0)
        {
            return;
        }
        for (var offset = 0; offset < values.Length; offset += cells)
        {
            var step = values.Slice(offset, cells);
            foreach (var i in blanks)
            {
                step[i] = float.NaN;
            }
        }
    }

    private static OceanQueryResult Aggregate(QueryPlan plan, float[][] buffers, WithheldCells? withheld)
    {
        var d = plan.Dataset;
        var times = d.Time.Instants.Skip(plan.Time.Start).Take(plan.Time.Count).ToArray();
        var latitudes = d.Latitude.Values.Skip(plan.Latitude.Start).Take(plan.Latitude.Count).ToArray();
        var longitudes = d.Longitude.Values.Skip(plan.Longitude.Start).Take(plan.Longitude.Count).ToArray();
        switch (plan.Query.Aggregation)
        {
            case EdrAggregation.TemporalMean:
                Reduce(buffers, plan.CellCount, (source, target) => Aggregations.TemporalMean(source, times.Length, plan.CellCount, target));
                return new OceanQueryResult(plan, [times[0]], latitudes, longitudes, buffers, plan.AreaMask, (times[0], times[^1]), null, withheld);
            case EdrAggregation.SpatialMean:
                Reduce(buffers, times.Length, (source, target) => Aggregations.SpatialMean(source, times.Length, plan.CellCount, target));
                var bounds = new Geometry.BoundingBox(
                    longitudes[0] - d.Longitude.HalfCell, latitudes[0] - d.Latitude.HalfCell,
                    longitudes[^1] + d.Longitude.HalfCell, latitudes[^1] + d.Latitude.HalfCell);
                return new OceanQueryResult(
                    plan, times, [(latitudes[0] + latitudes[^1]) / 2], [(longitudes[0] + longitudes[^1]) / 2], buffers, null, null, bounds, withheld);
            default:
                return new OceanQueryResult(plan, times, latitudes, longitudes, buffers, plan.AreaMask, null, null, withheld);
        }
    }

    private delegate void Reduction(ReadOnlySpan<float> source, Span<float> target);

    /// <summary>Replaces each parameter's buffer by its reduction (a smaller pooled buffer).</summary>
    private static void Reduce(float[][] buffers, int resultLength, Reduction reduce)
    {
        for (var p = 0; p < buffers.Length; p++)
        {
            var reduced = ArrayPool<float>.Shared.Rent(resultLength);
            reduce(buffers[p], reduced.AsSpan(0, resultLength));
            ArrayPool<float>.Shared.Return(buffers[p]);
            buffers[p] = reduced;
        }
    }
}
