using System.Security.Cryptography;

namespace DataZones.Marketplace.Pipeline;

/// <summary>SHA-256 in the encodings the pipeline records.</summary>
public static class Sha256
{
    public static string Base64Url(ReadOnlySpan<byte> data) => System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(data));
}
