using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Zarr;

public sealed class ZarrArrayReaderTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly DirectoryZarrStore _store;

    public ZarrArrayReaderTests() => _store = new DirectoryZarrStore(_directory.Path);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ReadAsync_RandomHyperslabs_MatchTheWrittenArray()
    {
        const int seed = 20250301;
        var random = new Random(seed);
        int[] shape = [7, 11, 13];
        var values = Enumerable.Range(0, 7 * 11 * 13).Select(i => random.NextSingle() * 30).ToArray();
        var metadata = new ZarrArrayMetadata(shape, [3, 4, 5], ZarrDataType.Float32, ZarrCompressor.Zlib(3), double.NaN);
        await ZarrArrayWriter<float>.WriteAsync(_store, "v", metadata, ZarrAttributes.Empty, values);
        var array = (await ZarrArray.OpenAsync(_store, "v"))!;

        for (var trial = 0; trial < 50; trial++)
        {
            var start = shape.Select(n => random.Next(n)).ToArray();
            var count = start.Select((s, d) => 1 + random.Next(shape[d] - s)).ToArray();
            var read = new float[count[0] * count[1] * count[2]];

            await array.ReadAsync<float>(new Hyperslab(start, count), read, maxParallelism: 2);

            var i = 0;
            for (var t = 0; t < count[0]; t++)
            {
                for (var y = 0; y < count[1]; y++)
                {
                    for (var x = 0; x < count[2]; x++)
                    {
                        var expected = values[((start[0] + t) * 11 + start[1] + y) * 13 + start[2] + x];
                        Assert.True(expected == read[i++], $"seed {seed}, trial {trial}: mismatch at [{t},{y},{x}]");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task ReadAsync_Int64AndFloat64Coordinates_RoundTrip()
    {
        long[] days = [20089, 20090, 20091];
        double[] latitudes = [35.0, 35.25, 35.5, 35.75];
        await ZarrArrayWriter<long>.WriteAsync(_store, "time", new ZarrArrayMetadata([3], [3], ZarrDataType.Int64, null, null), ZarrAttributes.Empty, days);
        await ZarrArrayWriter<double>.WriteAsync(_store, "latitude", new ZarrArrayMetadata([4], [4], ZarrDataType.Float64, ZarrCompressor.Zlib(), double.NaN), ZarrAttributes.Empty, latitudes);

        Assert.Equal(days, await (await ZarrArray.OpenAsync(_store, "time"))!.ReadAllAsync<long>());
        Assert.Equal(latitudes, await (await ZarrArray.OpenAsync(_store, "latitude"))!.ReadAllAsync<double>());
    }

    [Fact]
    public async Task ReadAsync_WrongElementType_Throws()
    {
        await ZarrArrayWriter<float>.WriteAsync(_store, "f", new ZarrArrayMetadata([2], [2], ZarrDataType.Float32, null, double.NaN), ZarrAttributes.Empty, new float[] { 1, 2 });
        var array = (await ZarrArray.OpenAsync(_store, "f"))!;

        await Assert.ThrowsAsync<ArgumentException>(() => array.ReadAllAsync<double>());
    }

    [Fact]
    public async Task OpenAsync_NoArray_ReturnsNull()
    {
        Assert.Null(await ZarrArray.OpenAsync(_store, "nothing"));
    }

    [Fact]
    public void TouchedChunks_SelectionAcrossChunkBoundaries_ListsOnlyThoseChunks()
    {
        var metadata = new ZarrArrayMetadata([10, 10], [4, 4], ZarrDataType.Float32, null, double.NaN);

        var chunks = ZarrChunkGrid.TouchedChunks(metadata, new Hyperslab([3, 4], [2, 5]));

        Assert.Equal([[0, 1], [0, 2], [1, 1], [1, 2]], chunks);
    }
}
