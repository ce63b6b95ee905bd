using Azure.Storage.Blobs;
using DataZones.Testing;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Storage;
using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Storage;

public sealed class BlobZarrStoreTests : IAsyncLifetime
{
    private BlobContainerClient _container = null!;

    public async Task InitializeAsync()
    {
        _container = new BlobServiceClient(TestStorage.ConnectionString).GetBlobContainerClient(TestStorage.UniqueName("zarr"));
        await _container.CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync() => await _container.DeleteIfExistsAsync();

    [Fact]
    public async Task GetAsync_MissingKey_ReturnsNull()
    {
        var store = new BlobZarrStore(_container);

        Assert.Null(await store.GetAsync("sst/0.0.0"));
    }

    [Fact]
    public async Task SetAsync_ThenGet_ReturnsTheBytesAndOverwrites()
    {
        var store = new BlobZarrStore(_container);

        await store.SetAsync("sst/0.0.0", new byte[] { 1, 2, 3 });
        await store.SetAsync("sst/0.0.0", new byte[] { 4, 5 });

        Assert.Equal(new byte[] { 4, 5 }, await store.GetAsync("sst/0.0.0"));
        Assert.Equal(_container.Uri.AbsoluteUri, store.Identity);
    }

    [Fact]
    public async Task ListAsync_Prefix_ListsOnlyThatPrefixInOrder()
    {
        var store = new BlobZarrStore(_container);
        foreach (var key in new[] { "a/1", "a/0", "b/0", "ab/0" })
        {
            await store.SetAsync(key, new byte[] { 0 });
        }

        var keys = await store.ListAsync("a/").ToListAsync();

        Assert.Equal(["a/0", "a/1"], keys);
    }

    [Fact]
    public async Task DeletePrefixAsync_RemovesOnlyThatPrefix()
    {
        var store = new BlobZarrStore(_container);
        foreach (var key in new[] { "a/0", "a/1", "b/0" })
        {
            await store.SetAsync(key, new byte[] { 0 });
        }

        await store.DeletePrefixAsync("a/");
        await store.DeletePrefixAsync("nothing/");

        Assert.Equal(["b/0"], await store.ListAsync("").ToListAsync());
    }

    [Fact]
    public async Task Dataset_WrittenThroughCache_ReadsBackEveryValue()
    {
        var cache = new ZarrChunkCache(1_000_000);
        var store = new CachingZarrStore(new BlobZarrStore(_container), cache);

        var dataset = await TestDataset.CreateAsync(store, "datasets/" + TestDataset.Id);
        var sst = dataset.Variable(OceanParameters.SeaSurfaceTemperature);
        var values = new float[10 * 5 * 6];
        await sst.ReadAsync(Hyperslab.All(sst.Metadata.Shape), values.AsMemory(), maxParallelism: 4);

        Assert.Equal(TestDataset.Value(0, 7, 3, 5), values[7 * 30 + 3 * 6 + 5]);
        Assert.True(float.IsNaN(values[4 * 6 + 0]));
        Assert.True(cache.Count > 0);
    }
}
