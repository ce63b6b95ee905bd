using System.Security.Cryptography;

namespace DataZones.Marketplace.Ids;

/// <summary>
/// ULID-shaped ids: 48 bits of Unix milliseconds then 80 random bits, in Crockford base32. Time-first ordering
/// keeps Table Storage row keys of recent records together; the random part makes ids from many instances collide
/// with negligible probability (2^-80 per millisecond pair), without coordination.
/// </summary>
public sealed class SortableIdGenerator(TimeProvider time) : IIdGenerator
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = (ulong)time.GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        RandomNumberGenerator.Fill(bytes[6..]);
        return Encode(bytes);
    }

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        // 128 bits → 26 symbols of 5 bits; the first symbol carries the top 3 bits.
        var high = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes);
        var low = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        var value = new UInt128(high, low);
        return string.Create(26, value, static (chars, v) =>
        {
            for (var i = 25; i >= 0; i--)
            {
                chars[i] = Alphabet[(int)(v & 31)];
                v >>= 5;
            }
        });
    }
}
