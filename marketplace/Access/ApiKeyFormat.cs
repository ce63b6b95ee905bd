using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace DataZones.Marketplace.Access;

/// <summary>
/// An API key is <c>dzk.&lt;owner id&gt;.&lt;key id&gt;.&lt;secret&gt;</c>. The owner and key ids are public and locate the
/// stored record with one point read (partition = owner, row = key id); the secret is 32 random bytes in base64url.
/// Only SHA-256 of the whole key is stored: the secret is random and 256 bits long, so a slow password hash would
/// add nothing but latency to every call.
/// </summary>
public static class ApiKeyFormat
{
    public const string Scheme = "dzk";
    private const int SecretBytes = 32;

    public static string Create(string ownerId, string keyId)
    {
        Span<byte> secret = stackalloc byte[SecretBytes];
        RandomNumberGenerator.Fill(secret);
        return $"{Scheme}.{ownerId}.{keyId}.{Base64Url.EncodeToString(secret)}";
    }

    /// <summary>The owner and key ids of a well-formed key; false for anything else (no storage read is made).</summary>
    public static bool TryParse(string? key, out string ownerId, out string keyId)
    {
        ownerId = keyId = "";
        if (key is null || key.Length > 200) return false;
        var parts = key.Split('.');
        if (parts.Length != 4 || parts[0] != Scheme || parts[3].Length != 43) return false;
        if (!parts[1].All(IsOwnerIdCharacter) || !parts[2].All(char.IsAsciiLetterOrDigit)) return false;
        if (parts[1].Length is 0 or > 64 || parts[2].Length is 0 or > 64) return false;
        (ownerId, keyId) = (parts[1], parts[2]);
        return true;
    }

    /// <summary>
    /// Owner ids are consumer ids, or staff ids such as a data holder's id (<c>qingdao-tax</c>): ASCII letters, digits
    /// and hyphens — never the key's separator.
    /// </summary>
    public static bool IsOwnerIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Whether the presented key hashes to the stored hash, in time independent of where they differ.</summary>
    public static bool Matches(string presentedKey, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presentedKey), storedHash);

}
