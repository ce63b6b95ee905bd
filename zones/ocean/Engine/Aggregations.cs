namespace DataZones.Zones.Ocean.Engine;

/// <summary>Means over a (time, cell) block of values that skip NaN (land, masked); a mean of nothing is NaN.</summary>
public static class Aggregations
{
    /// <summary>One mean per cell over all time steps: <paramref name="destination"/> has one value per cell.</summary>
    public static void TemporalMean(ReadOnlySpan<float> values, int timeSteps, int cells, Span<float> destination)
    {
        // One allocation per query, not per value.
        var sums = new double[cells];
        var counts = new int[cells];
        for (var t = 0; t < timeSteps; t++)
        {
            var row = values.Slice(t * cells, cells);
            for (var i = 0; i < cells; i++)
            {
                var v = row[i];
                if (!float.IsNaN(v))
                {
                    sums[i] += v;
                    counts[i]++;
                }
            }
        }
        for (var i = 0; i < cells; i++)
        {
            destination[i] = counts[i] == 0 ? float.NaN : (float)(sums[i] / counts[i]);
        }
    }

    /// <summary>One mean per time step over all cells: <paramref name="destination"/> has one value per time step.</summary>
    public static void SpatialMean(ReadOnlySpan<float> values, int timeSteps, int cells, Span<float> destination)
    {
        for (var t = 0; t < timeSteps; t++)
        {
            double sum = 0;
            var count = 0;
            foreach (var v in values.Slice(t * cells, cells))
            {
                if (!float.IsNaN(v))
                {
                    sum += v;
                    count++;
                }
            }
            destination[t] = count == 0 ? float.NaN : (float)(sum / count);
        }
    }
}
