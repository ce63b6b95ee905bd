namespace DataZones.Storage;

/// <summary>
/// A storage account name and its key, for Shared Key request signing and service SAS. The key is kept decoded
/// so that signing does not decode it on every request.
/// </summary>
public sealed class StorageSharedKeyCredential
{
    private readonly byte[] _key;

    /// <param name="accountName">The storage account's name, e.g. <c>devstoreaccount1</c>.</param>
    /// <param name="accountKey">The account key, base64 as the portal and connection strings show it.</param>
    public StorageSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        AccountName = accountName;
        _key = Convert.FromBase64String(accountKey);
    }

    public string AccountName { get; }

    /// <summary>Base64 HMAC-SHA256 of <paramref name="stringToSign"/> (UTF-8) under the account key.</summary>
    internal string ComputeSignature(string stringToSign)
    {
        var byteCount = System.Text.Encoding.UTF8.GetByteCount(stringToSign);
        var buffer = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        System.Text.Encoding.UTF8.GetBytes(stringToSign, buffer);
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.HMACSHA256.HashData(_key, buffer, hash);
        return Convert.ToBase64String(hash);
    }
}
