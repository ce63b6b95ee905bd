using System.Security.Cryptography;
using DataZones.Marketplace.Receipts;

namespace DataZones.Marketplace.Pipeline;

/// <summary>SHA-256 in the encodings the pipeline records.</summary>
public static class Sha256
{
    public static string Base64Url(ReadOnlySpan<byte> data) => Receipts.Base64Url.Encode(SHA256.HashData(data));
}
