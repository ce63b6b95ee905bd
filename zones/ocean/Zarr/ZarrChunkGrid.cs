using System.Numerics;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// Index arithmetic between an array's elements and its chunks: which chunks a hyperslab touches, and where a
/// chunk and a hyperslab overlap.
/// </summary>
public static class ZarrChunkGrid
{
    /// <summary>Chunks per dimension (the last one may be partial).</summary>
    public static int ChunkCount(ZarrArrayMetadata metadata, int dimension) =>
        (metadata.Shape[dimension] + metadata.Chunks[dimension] - 1) / metadata.Chunks[dimension];

    /// <summary>The grid indices of every chunk that <paramref name="selection"/> touches, in C order.</summary>
    public static List<int[]> TouchedChunks(ZarrArrayMetadata metadata, Hyperslab selection)
    {
        var rank = metadata.Rank;
        var first = new int[rank];
        var last = new int[rank];
        for (var d = 0; d < rank; d++)
        {
            if (selection.Count[d] == 0)
            {
                return [];
            }
            first[d] = selection.Start[d] / metadata.Chunks[d];
            last[d] = (selection.Start[d] + selection.Count[d] - 1) / metadata.Chunks[d];
        }
        var chunks = new List<int[]>();
        var index = (int[])first.Clone();
        while (true)
        {
            chunks.Add((int[])index.Clone());
            var dim = rank - 1;
            while (dim >= 0 && ++index[dim] > last[dim])
            {
                index[dim] = first[dim];
                dim--;
            }
            if (dim < 0)
            {
                return chunks;
            }
        }
    }

    /// <summary>
    /// The overlap of chunk <paramref name="chunk"/> with <paramref name="selection"/>: its shape, where it starts
    /// inside the chunk, and where it starts inside the selection's buffer.
    /// </summary>
    public static void Intersect(
        ZarrArrayMetadata metadata, Hyperslab selection, ReadOnlySpan<int> chunk,
        Span<int> region, Span<int> chunkOrigin, Span<int> selectionOrigin)
    {
        for (var d = 0; d < metadata.Rank; d++)
        {
            var chunkStart = chunk[d] * metadata.Chunks[d];
            var chunkEnd = Math.Min(chunkStart + metadata.Chunks[d], metadata.Shape[d]);
            var low = Math.Max(chunkStart, selection.Start[d]);
            var high = Math.Min(chunkEnd, selection.Start[d] + selection.Count[d]);
            region[d] = Math.Max(0, high - low);
            chunkOrigin[d] = low - chunkStart;
            selectionOrigin[d] = low - selection.Start[d];
        }
    }

    /// <summary>The array's fill value as a <typeparamref name="T"/> (zero when the array declares none).</summary>
    public static T FillValue<T>(ZarrArrayMetadata metadata)
        where T : unmanaged, INumberBase<T> =>
        metadata.FillValue is { } fill ? T.CreateSaturating(fill) : T.Zero;
}
