namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// Copies an N-dimensional box between two C-ordered buffers of different shapes: from a decoded chunk into a
/// query result, or from an ingestion slab into a chunk. The innermost dimension is copied as contiguous runs
/// with <see cref="Span{T}.CopyTo"/>; the outer dimensions are walked with an odometer, so nothing allocates.
/// </summary>
public static class ZarrRegionCopy
{
    /// <summary>Maximum rank supported, so that index scratch space can live on the stack.</summary>
    public const int MaxRank = 8;

    public static void Copy<T>(
        ReadOnlySpan<T> source, ReadOnlySpan<int> sourceShape, ReadOnlySpan<int> sourceOrigin,
        Span<T> destination, ReadOnlySpan<int> destinationShape, ReadOnlySpan<int> destinationOrigin,
        ReadOnlySpan<int> regionShape)
    {
        var rank = regionShape.Length;
        if (rank is 0 or > MaxRank)
        {
            throw new ArgumentOutOfRangeException(nameof(regionShape), $"Rank must be 1 to {MaxRank}.");
        }
        for (var d = 0; d < rank; d++)
        {
            if (regionShape[d] == 0)
            {
                return;
            }
        }

        Span<long> sourceStrides = stackalloc long[rank];
        Span<long> destinationStrides = stackalloc long[rank];
        Strides(sourceShape, sourceStrides);
        Strides(destinationShape, destinationStrides);
        long sourceBase = 0, destinationBase = 0;
        for (var d = 0; d < rank; d++)
        {
            sourceBase += sourceOrigin[d] * sourceStrides[d];
            destinationBase += destinationOrigin[d] * destinationStrides[d];
        }

        var run = regionShape[rank - 1];
        Span<int> index = stackalloc int[rank];
        index.Clear();
        while (true)
        {
            long s = sourceBase, t = destinationBase;
            for (var d = 0; d < rank - 1; d++)
            {
                s += index[d] * sourceStrides[d];
                t += index[d] * destinationStrides[d];
            }
            source.Slice((int)s, run).CopyTo(destination.Slice((int)t, run));

            // Advance the odometer over every dimension but the innermost.
            var dim = rank - 2;
            while (dim >= 0 && ++index[dim] == regionShape[dim])
            {
                index[dim] = 0;
                dim--;
            }
            if (dim < 0)
            {
                return;
            }
        }
    }

    /// <summary>Sets every element of a box of <paramref name="destination"/> to <paramref name="value"/>.</summary>
    public static void Fill<T>(
        Span<T> destination, ReadOnlySpan<int> destinationShape, ReadOnlySpan<int> destinationOrigin,
        ReadOnlySpan<int> regionShape, T value)
    {
        var rank = regionShape.Length;
        if (rank is 0 or > MaxRank)
        {
            throw new ArgumentOutOfRangeException(nameof(regionShape), $"Rank must be 1 to {MaxRank}.");
        }
        for (var d = 0; d < rank; d++)
        {
            if (regionShape[d] == 0)
            {
                return;
            }
        }
        Span<long> strides = stackalloc long[rank];
        Strides(destinationShape, strides);
        var run = regionShape[rank - 1];
        Span<int> index = stackalloc int[rank];
        index.Clear();
        while (true)
        {
            long t = 0;
            for (var d = 0; d < rank; d++)
            {
                t += (destinationOrigin[d] + (d < rank - 1 ? index[d] : 0)) * strides[d];
            }
            destination.Slice((int)t, run).Fill(value);
            var dim = rank - 2;
            while (dim >= 0 && ++index[dim] == regionShape[dim])
            {
                index[dim] = 0;
                dim--;
            }
            if (dim < 0)
            {
                return;
            }
        }
    }

    /// <summary>C-order strides, in elements, of a buffer with the given shape.</summary>
    public static void Strides(ReadOnlySpan<int> shape, Span<long> strides)
    {
        long stride = 1;
        for (var d = shape.Length - 1; d >= 0; d--)
        {
            strides[d] = stride;
            stride *= shape[d];
        }
    }
}
