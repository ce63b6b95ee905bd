using System.Runtime.InteropServices;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Zarr;

public sealed class ZarrArrayWriterTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly DirectoryZarrStore _store;

    public ZarrArrayWriterTests() => _store = new DirectoryZarrStore(_directory.Path);

    public void Dispose() => _directory.Dispose();

    private static ZarrArrayMetadata Metadata(int[] shape, int[] chunks) =>
        new(shape, chunks, ZarrDataType.Float32, ZarrCompressor.Zlib(1), double.NaN);

    private static float[] Sequence(int count) => Enumerable.Range(0, count).Select(i => (float)i).ToArray();

    [Fact]
    public async Task WriteAsync_ShapeNotAMultipleOfChunks_NamesEveryChunkByItsGridIndex()
    {
        await ZarrArrayWriter<float>.WriteAsync(_store, "sst", Metadata([3, 5, 4], [2, 2, 3]), ZarrAttributes.Empty, Sequence(60));

        var keys = await _store.ListAsync("sst/").ToListAsync();

        Assert.Equal(
            [
                "sst/.zarray", "sst/.zattrs",
                "sst/0.0.0", "sst/0.0.1", "sst/0.1.0", "sst/0.1.1", "sst/0.2.0", "sst/0.2.1",
                "sst/1.0.0", "sst/1.0.1", "sst/1.1.0", "sst/1.1.1", "sst/1.2.0", "sst/1.2.1",
            ],
            keys);
    }

    [Fact]
    public async Task WriteAsync_EdgeChunk_IsStoredAtFullSizePaddedWithFill()
    {
        var metadata = Metadata([3, 5, 4], [2, 2, 3]);
        await ZarrArrayWriter<float>.WriteAsync(_store, "sst", metadata, ZarrAttributes.Empty, Sequence(60));

        // Chunk 1.2.1 holds element [2, 4, 3] only (value 2*20 + 4*4 + 3 = 59); the other 11 of its 12 are padding.
        var stored = await _store.GetAsync("sst/1.2.1");
        var values = new float[metadata.ChunkElementCount];
        ZarrChunkCodec.Decode(stored!, metadata.Compressor, MemoryMarshal.AsBytes(values.AsSpan()));

        Assert.Equal(12, values.Length);
        Assert.Equal(59f, values[0]);
        Assert.All(values[1..], v => Assert.True(float.IsNaN(v)));
    }

    [Fact]
    public async Task WriteAsync_ChunkOfOnlyFill_IsNotStoredAndReadsAsFill()
    {
        var values = Sequence(16);
        values.AsSpan(0, 4).Fill(float.NaN); // chunk 0.0 of a 4x4 array in 2x2 chunks covers [0..1, 0..1]
        values[4] = float.NaN;
        values[5] = float.NaN;
        await ZarrArrayWriter<float>.WriteAsync(_store, "hs", Metadata([4, 4], [2, 2]), ZarrAttributes.Empty, values);

        var array = await ZarrArray.OpenAsync(_store, "hs");
        var read = await array!.ReadAllAsync<float>();

        Assert.Null(await _store.GetAsync("hs/0.0"));
        Assert.NotNull(await _store.GetAsync("hs/0.1"));
        Assert.Equal(values, read);
    }

    [Fact]
    public async Task AppendAsync_OneRowAtATime_WritesTheSameChunksAsOneCall()
    {
        var metadata = Metadata([5, 3, 3], [2, 2, 2]);
        var values = Sequence(45);
        var writer = await ZarrArrayWriter<float>.CreateAsync(_store, "slabs", metadata, ZarrAttributes.Empty);
        for (var t = 0; t < 5; t++)
        {
            await writer.AppendAsync(values.AsMemory(t * 9, 9));
        }
        await writer.CompleteAsync();
        await ZarrArrayWriter<float>.WriteAsync(_store, "whole", metadata, ZarrAttributes.Empty, values);

        foreach (var key in await _store.ListAsync("whole/").ToListAsync())
        {
            Assert.Equal(await _store.GetAsync(key), await _store.GetAsync("slabs/" + key["whole/".Length..]));
        }
        Assert.Equal(5, writer.RowsWritten);
    }

    [Fact]
    public async Task CompleteAsync_MissingRows_Throws()
    {
        var writer = await ZarrArrayWriter<float>.CreateAsync(_store, "short", Metadata([3, 2], [2, 2]), ZarrAttributes.Empty);
        await writer.AppendAsync(Sequence(4));

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.CompleteAsync());
    }

    [Fact]
    public async Task CreateAsync_OverAnExistingArray_LeavesNoStaleChunk()
    {
        await ZarrArrayWriter<float>.WriteAsync(_store, "a", Metadata([4], [2]), ZarrAttributes.Empty, Sequence(4));

        await ZarrArrayWriter<float>.WriteAsync(_store, "a", Metadata([4], [2]), ZarrAttributes.Empty, new float[] { 1, 2, float.NaN, float.NaN });

        Assert.Null(await _store.GetAsync("a/1"));
        Assert.Equal(new float[] { 1, 2, float.NaN, float.NaN }, await (await ZarrArray.OpenAsync(_store, "a"))!.ReadAllAsync<float>());
    }
}
