using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DataZones.Marketplace.Receipts;

namespace DataZones.Marketplace.Ledger;

/// <summary>Signs and checks seals: a JWS over the seal's facts with the platform key (verifiable with the JWKS).</summary>
public sealed class SealSignature(ReceiptSigner signer, SigningKey key)
{
    public string Sign(string day, string chainId, string table, long count, string lastHash, DateTimeOffset sealedAt) => signer.Sign(w =>
    {
        w.WriteString("typ", "ledger-seal");
        w.WriteString("day", day);
        w.WriteString("chain", chainId);
        w.WriteString("table", table);
        w.WriteNumber("count", count);
        w.WriteString("last", lastHash);
        w.WriteString("sealedAt", sealedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
    });

    /// <summary>Whether the seal's signature is the platform's and covers exactly the seal's stored facts.</summary>
    public bool IsValid(LedgerSeal seal)
    {
        var expected = Sign(seal.Day, seal.ChainId, seal.Table, seal.Count, seal.LastHash, seal.SealedAt);
        var parts = seal.Signature.Split('.');
        var expectedParts = expected.Split('.');
        if (parts.Length != 3 || parts[0] != expectedParts[0] || parts[1] != expectedParts[1]) return false;
        if (!Base64Url.IsValid(parts[2])) return false;
        return key.Key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]),
            HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
