using System.Runtime.InteropServices;

namespace DataZones.Zones.Ocean.Output;

/// <summary>
/// Remembers how recent floats were formatted, keyed by their exact bits. Gridded values are mostly quantised (0.01 °C
/// steps, CF packed data), so a few thousand distinct values recur across millions of cells, and copying eight bytes
/// is several times cheaper than formatting. Direct-mapped (a colliding value takes the slot over) and owned by one
/// writer, so it needs no lock; values that do not recur cost one failed lookup.
/// </summary>
internal sealed class FormattedValueCache
{
    /// <summary>Bytes a caller must leave free after the position it writes at: a hit copies eight at once.</summary>
    public const int BytesFreeMin = 16;

    private const int SlotBits = 12;
    private readonly uint[] _keys = new uint[1 << SlotBits];
    private readonly ulong[] _texts = new ulong[1 << SlotBits];
    private readonly byte[] _lengths = new byte[1 << SlotBits]; // 0: empty

    /// <summary>Writes the shortest decimal of <paramref name="value"/> at the start of <paramref name="destination"/>; returns its length.</summary>
    public int Write(float value, Span<byte> destination)
    {
        if (destination.Length < BytesFreeMin)
        {
            throw new ArgumentException($"At least {BytesFreeMin} bytes must be free.", nameof(destination));
        }
        var bits = BitConverter.SingleToUInt32Bits(value);
        var slot = (int)((bits * 0x9E3779B9u) >> (32 - SlotBits)); // Fibonacci hashing: spreads values a few ulps apart
        var length = _lengths[slot];
        if (length > 0 && _keys[slot] == bits)
        {
            MemoryMarshal.Write(destination, in _texts[slot]);
            return length;
        }
        ShortestDecimal.TryFormat(value, destination, out var written); // 16 bytes hold any float
        if (written <= sizeof(ulong))
        {
            _keys[slot] = bits;
            _texts[slot] = MemoryMarshal.Read<ulong>(destination);
            _lengths[slot] = (byte)written;
        }
        return written;
    }
}
