using DataZones.Zones.Ocean.Zarr;

namespace DataZones.Zones.Ocean.Tests.Zarr;

public sealed class DirectoryZarrStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly DirectoryZarrStore _store;

    public DirectoryZarrStoreTests() => _store = new DirectoryZarrStore(_directory.Path);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task SetAsync_NestedKey_IsAFileAtThatRelativePath()
    {
        await _store.SetAsync("group/sst/0.0.0", new byte[] { 7 });

        Assert.Equal([7], await File.ReadAllBytesAsync(Path.Combine(_directory.Path, "group", "sst", "0.0.0")));
        Assert.Equal([7], await _store.GetAsync("group/sst/0.0.0"));
    }

    [Fact]
    public async Task GetAsync_MissingKey_ReturnsNull()
    {
        Assert.Null(await _store.GetAsync("nope/.zarray"));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("/absolute")]
    [InlineData("a//b")]
    [InlineData("a/./b")]
    public async Task SetAsync_KeyEscapingTheRoot_Throws(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SetAsync(key, new byte[] { 1 }));
    }

    [Fact]
    public async Task ListAndDeletePrefix_OnlyTouchKeysUnderThePrefix()
    {
        await _store.SetAsync("a/1", new byte[] { 1 });
        await _store.SetAsync("a/2", new byte[] { 2 });
        await _store.SetAsync("ab/1", new byte[] { 3 });

        Assert.Equal(["a/1", "a/2"], await _store.ListAsync("a/").ToListAsync());
        await _store.DeletePrefixAsync("a/");
        Assert.Equal(["ab/1"], await _store.ListAsync("").ToListAsync());
    }
}
