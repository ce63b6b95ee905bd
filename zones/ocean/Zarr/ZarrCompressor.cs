namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// The compressor of a Zarr array, as numcodecs names it: <c>{"id": "zlib", "level": 1}</c>. Only zlib is supported:
/// numcodecs' zlib output is the RFC 1950 stream that <see cref="System.IO.Compression.ZLibStream"/> reads and writes.
/// </summary>
public sealed record ZarrCompressor(string Id, int Level)
{
    public const string ZlibId = "zlib";

    /// <summary>zlib at <paramref name="level"/> (0–9; 1 is fast and already shrinks smooth fields well).</summary>
    public static ZarrCompressor Zlib(int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 9);
        return new ZarrCompressor(ZlibId, level);
    }
}
