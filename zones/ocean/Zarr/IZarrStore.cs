namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// A Zarr v2 store: a flat map from keys ("sst/.zarray", "sst/0.1.2") to bytes, which is the whole of what the Zarr
/// specification asks of storage. One key maps to one file on disk or one blob in a container.
/// </summary>
/// <remarks>
/// Keys use '/' as the separator and never start with '/'. Byte arrays returned by <see cref="GetAsync"/> may be
/// shared with a cache, so callers must treat them as read-only.
/// </remarks>
public interface IZarrStore
{
    /// <summary>
    /// A stable name for the store's location (a directory or a container URI), so that caches shared between
    /// store instances key their entries by location and key.
    /// </summary>
    string Identity { get; }

    /// <summary>The bytes stored under <paramref name="key"/>, or null when there is none.</summary>
    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing what was there.</summary>
    Task SetAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default);

    /// <summary>Every key that starts with <paramref name="prefix"/> (the empty prefix lists the whole store).</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Removes every key that starts with <paramref name="prefix"/>; removing nothing is not an error.</summary>
    Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default);
}
