using System.Buffers;
using System.Numerics;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// Writes a Zarr v2 array row by row along its first dimension (for ocean fields: one time step or a slab of them
/// at a time), so that ingestion never holds more than one row of chunks. Each full row of chunks is encoded in
/// parallel and stored; edge chunks are padded with the fill value, as the specification requires, and chunks that
/// hold only the fill value are not stored at all (readers treat a missing chunk as fill).
/// </summary>
public sealed class ZarrArrayWriter<T>
    where T : unmanaged, INumberBase<T>
{
    private readonly IZarrStore _store;
    private readonly string _path;
    private readonly ZarrArrayMetadata _metadata;
    private readonly int _maxParallelism;
    private readonly T _fill;
    private readonly T[] _buffer;
    private readonly int _rowLength;
    private int _bufferedRows;

    private ZarrArrayWriter(IZarrStore store, string path, ZarrArrayMetadata metadata, int maxParallelism)
    {
        _store = store;
        _path = path;
        _metadata = metadata;
        _maxParallelism = maxParallelism;
        _fill = ZarrChunkGrid.FillValue<T>(metadata);
        _rowLength = metadata.Shape.Skip(1).Aggregate(1, (product, n) => checked(product * n));
        _buffer = new T[checked(metadata.Chunks[0] * _rowLength)];
    }

    /// <summary>Rows (indices along the first dimension) written so far.</summary>
    public int RowsWritten { get; private set; }

    /// <summary>
    /// Creates the array at <paramref name="path"/>: removes whatever was stored under it (as zarr-python's mode "w"
    /// does, so no stale chunk survives), then writes <c>.zarray</c> and <c>.zattrs</c>.
    /// </summary>
    public static async Task<ZarrArrayWriter<T>> CreateAsync(
        IZarrStore store, string path, ZarrArrayMetadata metadata, ZarrAttributes attributes,
        int maxParallelism = 2, CancellationToken cancellationToken = default)
    {
        if (ZarrDataType.Of<T>() != metadata.DataType)
        {
            throw new ArgumentException($"Values of {typeof(T).Name} cannot be written as {metadata.DataType.Dtype}.");
        }
        await store.DeletePrefixAsync(path + "/", cancellationToken).ConfigureAwait(false);
        await store.SetAsync(ZarrKeys.Combine(path, ZarrKeys.ArrayMetadata), metadata.ToJson(), cancellationToken).ConfigureAwait(false);
        await store.SetAsync(ZarrKeys.Combine(path, ZarrKeys.Attributes), attributes.ToJson(), cancellationToken).ConfigureAwait(false);
        return new ZarrArrayWriter<T>(store, path, metadata, maxParallelism);
    }

    /// <summary>Writes a whole array in one call (coordinates, small test arrays).</summary>
    public static async Task WriteAsync(
        IZarrStore store, string path, ZarrArrayMetadata metadata, ZarrAttributes attributes, ReadOnlyMemory<T> values,
        CancellationToken cancellationToken = default)
    {
        var writer = await CreateAsync(store, path, metadata, attributes, cancellationToken: cancellationToken).ConfigureAwait(false);
        await writer.AppendAsync(values, cancellationToken).ConfigureAwait(false);
        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Appends whole rows along the first dimension, in C order; storing each row of chunks once it fills.</summary>
    public async Task AppendAsync(ReadOnlyMemory<T> rows, CancellationToken cancellationToken = default)
    {
        if (rows.Length % _rowLength != 0)
        {
            throw new ArgumentException($"Rows of array '{_path}' hold {_rowLength} values; {rows.Length} is not whole rows.");
        }
        var count = rows.Length / _rowLength;
        if (RowsWritten + _bufferedRows + count > _metadata.Shape[0])
        {
            throw new InvalidOperationException($"Array '{_path}' has {_metadata.Shape[0]} rows; more were appended.");
        }
        var offset = 0;
        while (offset < count)
        {
            var take = Math.Min(count - offset, _metadata.Chunks[0] - _bufferedRows);
            rows.Span.Slice(offset * _rowLength, take * _rowLength).CopyTo(_buffer.AsSpan(_bufferedRows * _rowLength));
            _bufferedRows += take;
            offset += take;
            if (_bufferedRows == _metadata.Chunks[0])
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Stores the last, partial row of chunks and checks that every row was written.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_bufferedRows > 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        if (RowsWritten != _metadata.Shape[0])
        {
            throw new InvalidOperationException($"Array '{_path}' has {_metadata.Shape[0]} rows; only {RowsWritten} were written.");
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var firstRow = RowsWritten;
        var slabShape = _metadata.Shape.ToArray();
        slabShape[0] = _bufferedRows;
        var slab = new Hyperslab([firstRow, .. new int[_metadata.Rank - 1]], slabShape);
        var chunks = ZarrChunkGrid.TouchedChunks(_metadata, slab);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _maxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(chunks, options, async (chunk, ct) =>
        {
            if (EncodeChunk(chunk, slab) is { } encoded)
            {
                await _store.SetAsync(ZarrKeys.Chunk(_path, chunk, _metadata.DimensionSeparator), encoded, ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        RowsWritten += _bufferedRows;
        _bufferedRows = 0;
    }

    /// <summary>The stored bytes of one chunk, or null when it holds only the fill value.</summary>
    private byte[]? EncodeChunk(int[] chunk, Hyperslab slab)
    {
        var rank = _metadata.Rank;
        Span<int> region = stackalloc int[rank];
        Span<int> chunkOrigin = stackalloc int[rank];
        Span<int> slabOrigin = stackalloc int[rank];
        Span<int> chunkShape = stackalloc int[rank];
        Span<int> slabShape = stackalloc int[rank];
        ZarrChunkGrid.Intersect(_metadata, slab, chunk, region, chunkOrigin, slabOrigin);
        for (var d = 0; d < rank; d++)
        {
            chunkShape[d] = _metadata.Chunks[d];
            slabShape[d] = slab.Count[d];
        }
        var size = _metadata.ChunkElementCount;
        var values = ArrayPool<T>.Shared.Rent(size);
        try
        {
            var chunkValues = values.AsSpan(0, size);
            chunkValues.Fill(_fill);
            ZarrRegionCopy.Copy<T>(_buffer.AsSpan(0, _bufferedRows * _rowLength), slabShape, slabOrigin, chunkValues, chunkShape, chunkOrigin, region);
            return IsAllFill(chunkValues) ? null : ZarrChunkCodec.Encode<T>(chunkValues, _metadata.Compressor);
        }
        finally
        {
            ArrayPool<T>.Shared.Return(values);
        }
    }

    private bool IsAllFill(ReadOnlySpan<T> values)
    {
        // Equals, not ==: NaN equals NaN under Equals, which is what "holds only the NaN fill" needs.
        foreach (var value in values)
        {
            if (!value.Equals(_fill))
            {
                return false;
            }
        }
        return true;
    }
}
