using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace DataZones.Marketplace.Identifiers;

/// <summary>
/// Turns a normalised personal identifier (a resident identity number, as
/// <see cref="ResidentIdentityNumberValidator"/> normalises it) into its keyed hash: HMAC-SHA256 under a secret key
/// from configuration. The hash is the only form in which a personal identifier is stored, looked up or compared.
/// </summary>
/// <remarks>
/// <para>
/// Why keyed: identity numbers have so little entropy (a region, a birth date, a sequence) that a plain hash is
/// reversed by enumeration in minutes. Without the key, the hashes are useless to whoever copies a table.
/// </para>
/// <para>
/// Never log the identifier, the hash or the key, and never put them in an exception message: a hash is still a
/// stable pseudonym of a person. Rotating the key changes every hash, so stored hashes must be recomputed from the
/// holder's source data when it rotates.
/// </para>
/// <para>Thread-safe; create one per key and share it.</para>
/// </remarks>
public sealed class PersonalIdentifierHasher
{
    /// <summary>The smallest key accepted: 256 bits, the HMAC-SHA256 output size.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>The length of <see cref="HashToHex"/>'s output.</summary>
    public const int HexLength = 64;

    /// <summary>The length of <see cref="HashToBase64Url"/>'s output (unpadded).</summary>
    public const int Base64UrlLength = 43;

    // Identifiers are short; anything longer is not an identifier and is refused rather than hashed.
    private const int MaximumIdentifierLength = 64;

    private readonly byte[] _key;

    /// <param name="key">The secret key, at least <see cref="MinimumKeyBytes"/> bytes. It is copied.</param>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyBytes"/>.</exception>
    public PersonalIdentifierHasher(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException(
                $"The personal-identifier hashing key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>The keyed hash as 64 lower-case hexadecimal characters.</summary>
    public string HashToHex(string normalizedIdentifier)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        ComputeHash(normalizedIdentifier, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The keyed hash as 43 base64url characters without padding (RFC 4648 §5).</summary>
    public string HashToBase64Url(string normalizedIdentifier)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        ComputeHash(normalizedIdentifier, hash);
        return Base64Url.EncodeToString(hash);
    }

    /// <summary>
    /// Whether <paramref name="normalizedIdentifier"/> hashes to <paramref name="storedHash"/> (hex or base64url).
    /// The comparison takes the same time wherever the hashes differ, so timing does not reveal how close a guess was.
    /// </summary>
    public bool Matches(string normalizedIdentifier, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        Span<byte> stored = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!TryDecode(storedHash, stored))
        {
            return false;
        }

        Span<byte> computed = stackalloc byte[HMACSHA256.HashSizeInBytes];
        ComputeHash(normalizedIdentifier, computed);
        return CryptographicOperations.FixedTimeEquals(computed, stored);
    }

    /// <summary>Never shows the key.</summary>
    public override string ToString() => nameof(PersonalIdentifierHasher);

    private void ComputeHash(string normalizedIdentifier, Span<byte> destination)
    {
        ArgumentException.ThrowIfNullOrEmpty(normalizedIdentifier);
        if (normalizedIdentifier.Length > MaximumIdentifierLength)
        {
            throw new ArgumentException("A personal identifier is at most 64 characters.", nameof(normalizedIdentifier));
        }

        // The clear identifier's bytes live on the stack only for the hash, and are wiped afterwards.
        Span<byte> utf8 = stackalloc byte[MaximumIdentifierLength * 3];
        var length = Encoding.UTF8.GetBytes(normalizedIdentifier, utf8);
        try
        {
            HMACSHA256.HashData(_key, utf8[..length], destination);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(utf8);
        }
    }

    private static bool TryDecode(string encoded, Span<byte> destination) => encoded.Length switch
    {
        HexLength => Convert.FromHexString(encoded, destination, out _, out var written) == OperationStatus.Done
                     && written == destination.Length,
        Base64UrlLength => Base64Url.TryDecodeFromChars(encoded, destination, out var written)
                           && written == destination.Length,
        _ => false,
    };
}
