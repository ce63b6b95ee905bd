namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// A store that answers reads from a shared <see cref="ZarrChunkCache"/> before asking the store it wraps. Writes
/// and deletes go through and invalidate the cache, so a process never reads its own stale chunk.
/// </summary>
public sealed class CachingZarrStore : IZarrStore
{
    private readonly IZarrStore _inner;
    private readonly ZarrChunkCache _cache;

    public CachingZarrStore(IZarrStore inner, ZarrChunkCache cache)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(cache);
        _inner = inner;
        _cache = cache;
    }

    public string Identity => _inner.Identity;

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGet(_inner.Identity, key, out var cached))
        {
            return cached;
        }
        var value = await _inner.GetAsync(key, cancellationToken).ConfigureAwait(false);
        _cache.Set(_inner.Identity, key, value);
        return value;
    }

    public async Task SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
    {
        await _inner.SetAsync(key, value, cancellationToken).ConfigureAwait(false);
        _cache.Remove(_inner.Identity, key);
    }

    public IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
        _inner.ListAsync(prefix, cancellationToken);

    public async Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await _inner.DeletePrefixAsync(prefix, cancellationToken).ConfigureAwait(false);
        _cache.RemovePrefix(_inner.Identity, prefix);
    }
}
