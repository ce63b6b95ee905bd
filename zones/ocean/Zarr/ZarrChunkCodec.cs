using System.IO.Compression;
using System.Runtime.InteropServices;

namespace DataZones.Zones.Ocean.Zarr;

/// <summary>
/// Turns a chunk's values into its stored bytes and back: raw little-endian values in C order, then the array's
/// compressor. The host is little-endian (checked once), so values are reinterpreted, never converted one by one.
/// </summary>
public static class ZarrChunkCodec
{
    static ZarrChunkCodec()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Zarr '<' dtypes are read by reinterpretation on little-endian hosts only.");
        }
    }

    /// <summary>Encodes one full chunk of values.</summary>
    public static byte[] Encode<T>(ReadOnlySpan<T> values, ZarrCompressor? compressor)
        where T : unmanaged
    {
        var raw = MemoryMarshal.AsBytes(values);
        if (compressor is null)
        {
            return raw.ToArray();
        }
        using var output = new MemoryStream(raw.Length / 2 + 64);
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = compressor.Level }, leaveOpen: true))
        {
            zlib.Write(raw);
        }
        return output.ToArray();
    }

    /// <summary>
    /// Decodes stored chunk bytes into <paramref name="destination"/>, whose length must be exactly the chunk's
    /// size in bytes; a chunk of any other size is corrupt data.
    /// </summary>
    public static void Decode(byte[] stored, ZarrCompressor? compressor, Span<byte> destination)
    {
        if (compressor is null)
        {
            if (stored.Length != destination.Length)
            {
                throw new InvalidDataException($"An uncompressed chunk holds {stored.Length} bytes, not {destination.Length}.");
            }
            stored.CopyTo(destination);
            return;
        }
        using var input = new MemoryStream(stored, writable: false);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        try
        {
            zlib.ReadExactly(destination);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"A compressed chunk decodes to fewer than {destination.Length} bytes.", e);
        }
    }
}
