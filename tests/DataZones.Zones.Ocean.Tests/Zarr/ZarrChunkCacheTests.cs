using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Zarr;

public sealed class ZarrChunkCacheTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Set_BeyondCapacity_EvictsTheLeastRecentlyUsed()
    {
        var cache = new ZarrChunkCache(capacityBytes: 3 * (1000 + 128 + 2));
        cache.Set("s", "a", new byte[1000]);
        cache.Set("s", "b", new byte[1000]);
        cache.Set("s", "c", new byte[1000]);
        Assert.True(cache.TryGet("s", "a", out _)); // a is now the most recent; b the least

        cache.Set("s", "d", new byte[1000]);

        Assert.False(cache.TryGet("s", "b", out _));
        Assert.True(cache.TryGet("s", "a", out _));
        Assert.True(cache.TryGet("s", "d", out _));
        Assert.True(cache.SizeBytes <= cache.CapacityBytes);
    }

    [Fact]
    public void Set_SameKeyInTwoStores_KeepsBoth()
    {
        var cache = new ZarrChunkCache(1 << 20);
        cache.Set("one", "k", [1]);
        cache.Set("two", "k", [2]);

        Assert.True(cache.TryGet("one", "k", out var one));
        Assert.True(cache.TryGet("two", "k", out var two));
        Assert.Equal([1], one);
        Assert.Equal([2], two);
    }

    [Fact]
    public void Set_EntryLargerThanCapacity_IsNotCached()
    {
        var cache = new ZarrChunkCache(100);

        cache.Set("s", "big", new byte[1000]);

        Assert.False(cache.TryGet("s", "big", out _));
        Assert.Equal(0, cache.SizeBytes);
    }

    [Fact]
    public async Task CachingStore_SecondRead_IsServedFromTheCacheAndWritesInvalidate()
    {
        var inner = new DirectoryZarrStore(_directory.Path);
        var cache = new ZarrChunkCache(1 << 20);
        var store = new CachingZarrStore(inner, cache);
        await store.SetAsync("x/0", new byte[] { 1 });

        Assert.Equal([1], await store.GetAsync("x/0"));
        File.Delete(Path.Combine(_directory.Path, "x", "0")); // behind the cache's back
        Assert.Equal([1], await store.GetAsync("x/0"));
        Assert.Null(await store.GetAsync("x/1"));
        Assert.Equal(2, cache.Count); // the absent chunk is remembered too

        await store.SetAsync("x/0", new byte[] { 2 });
        Assert.Equal([2], await store.GetAsync("x/0"));
        await store.DeletePrefixAsync("x/");
        Assert.Null(await store.GetAsync("x/0"));
    }
}
