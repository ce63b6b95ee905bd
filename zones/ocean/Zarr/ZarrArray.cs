using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// An opened Zarr v2 array: reads hyperslabs by fetching only the chunks they touch, decoding them in parallel
/// (bounded), and copying the intersecting runs into the caller's buffer. Chunks that were never written read
/// as the fill value.
/// </summary>
public sealed class ZarrArray
{
    public ZarrArray(IZarrStore store, string path, ZarrArrayMetadata metadata, ZarrAttributes attributes)
    {
        Store = store;
        Path = path;
        Metadata = metadata;
        Attributes = attributes;
    }

    public IZarrStore Store { get; }

    public string Path { get; }

    public ZarrArrayMetadata Metadata { get; }

    public ZarrAttributes Attributes { get; }

    /// <summary>Dimension names from <c>_ARRAY_DIMENSIONS</c>, or an empty list when absent.</summary>
    public IReadOnlyList<string> Dimensions => Attributes.GetStrings(ZarrAttributes.ArrayDimensions) ?? [];

    /// <summary>Opens the array at <paramref name="path"/>, or returns null when there is none.</summary>
    public static async Task<ZarrArray?> OpenAsync(IZarrStore store, string path, CancellationToken cancellationToken = default)
    {
        var metadata = await store.GetAsync(ZarrKeys.Combine(path, ZarrKeys.ArrayMetadata), cancellationToken).ConfigureAwait(false);
        if (metadata is null)
        {
            return null;
        }
        var attributes = await store.GetAsync(ZarrKeys.Combine(path, ZarrKeys.Attributes), cancellationToken).ConfigureAwait(false);
        return new ZarrArray(
            store, path, ZarrArrayMetadata.Parse(metadata),
            attributes is null ? ZarrAttributes.Empty : ZarrGroup.ParseAttributes(attributes));
    }

    /// <summary>Reads the whole array (meant for coordinate arrays, which are small).</summary>
    public async Task<T[]> ReadAllAsync<T>(CancellationToken cancellationToken = default)
        where T : unmanaged, INumberBase<T>
    {
        var all = Hyperslab.All(Metadata.Shape);
        var values = new T[checked((int)all.ElementCount)];
        await ReadAsync<T>(all, values, maxParallelism: 1, cancellationToken).ConfigureAwait(false);
        return values;
    }

    /// <summary>
    /// Reads <paramref name="selection"/> into <paramref name="destination"/> (C order, shape = the selection's
    /// counts), decoding at most <paramref name="maxParallelism"/> chunks at a time.
    /// </summary>
    public async Task ReadAsync<T>(
        Hyperslab selection, Memory<T> destination, int maxParallelism, CancellationToken cancellationToken = default)
        where T : unmanaged, INumberBase<T>
    {
        if (ZarrDataType.Of<T>() != Metadata.DataType)
        {
            throw new ArgumentException($"Array '{Path}' holds {Metadata.DataType.Dtype}, not {typeof(T).Name}.");
        }
        if (!selection.FitsIn(Metadata.Shape) || destination.Length != selection.ElementCount)
        {
            throw new ArgumentException($"The selection does not fit array '{Path}' or its destination buffer.");
        }
        if (selection.ElementCount == 0)
        {
            return;
        }
        var chunks = ZarrChunkGrid.TouchedChunks(Metadata, selection);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(chunks, options, async (chunk, ct) =>
        {
            var stored = await Store.GetAsync(ZarrKeys.Chunk(Path, chunk, Metadata.DimensionSeparator), ct).ConfigureAwait(false);
            CopyChunk(chunk, stored, selection, destination.Span);
        }).ConfigureAwait(false);
    }

    private void CopyChunk<T>(int[] chunk, byte[]? stored, Hyperslab selection, Span<T> destination)
        where T : unmanaged, INumberBase<T>
    {
        var rank = Metadata.Rank;
        Span<int> region = stackalloc int[rank];
        Span<int> chunkOrigin = stackalloc int[rank];
        Span<int> destinationOrigin = stackalloc int[rank];
        ZarrChunkGrid.Intersect(Metadata, selection, chunk, region, chunkOrigin, destinationOrigin);
        Span<int> destinationShape = ToSpan(selection.Count, stackalloc int[rank]);
        if (stored is null)
        {
            ZarrRegionCopy.Fill(destination, destinationShape, destinationOrigin, region, ZarrChunkGrid.FillValue<T>(Metadata));
            return;
        }
        var size = Metadata.ChunkElementCount;
        var buffer = ArrayPool<T>.Shared.Rent(size);
        try
        {
            var values = buffer.AsSpan(0, size);
            ZarrChunkCodec.Decode(stored, Metadata.Compressor, MemoryMarshal.AsBytes(values));
            Span<int> chunkShape = ToSpan(Metadata.Chunks, stackalloc int[rank]);
            ZarrRegionCopy.Copy<T>(values, chunkShape, chunkOrigin, destination, destinationShape, destinationOrigin, region);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer);
        }
    }

    private static Span<int> ToSpan(IReadOnlyList<int> values, Span<int> scratch)
    {
        for (var i = 0; i < values.Count; i++)
        {
            scratch[i] = values[i];
        }
        return scratch;
    }
}
