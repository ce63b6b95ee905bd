using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DataZones.Marketplace.Disclosure;

/// <summary>
/// Contributors reduced to the first 8 bytes of a SHA-256 of their (already keyed-hash) id: small enough to keep
/// per published cell, and two different contributors collide with odds of about n²/2⁶⁵ — none in practice.
/// </summary>
public static class ContributorKeys
{
    public static ulong[] Of(IEnumerable<string> contributors)
    {
        var keys = new SortedSet<ulong>();
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        foreach (var id in contributors)
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
            keys.Add(BinaryPrimitives.ReadUInt64BigEndian(hash));
        }

        return [.. keys];
    }

    /// <summary>The size of the symmetric difference of two sorted, distinct key arrays (one merge pass).</summary>
    public static int SymmetricDifference(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right)
    {
        int i = 0, j = 0, common = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j]) { common++; i++; j++; }
            else if (left[i] < right[j]) i++;
            else j++;
        }

        return left.Length + right.Length - 2 * common;
    }
}
