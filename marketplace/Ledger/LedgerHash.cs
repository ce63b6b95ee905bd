using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DataZones.Marketplace.Metering;

namespace DataZones.Marketplace.Ledger;

/// <summary>
/// The ledger's hash rule, written once and used by the writer and the verifier alike: SHA-256 over the record's
/// fields in a fixed order, one per line, with the chain id, the position and the predecessor's hash first — so
/// changing any field, reordering records, or removing one changes every later hash. The plan version and the
/// units before the call were added with price versioning; chains written before then (none in production: the
/// product had not shipped) no longer verify.
/// </summary>
public static class LedgerHash
{
    public static string Genesis(string table, string chainId) => Hex(Encoding.UTF8.GetBytes($"datazones-ledger-genesis\n{table}\n{chainId}"));

    public static string Of(UsageRecord r, string chainId, long sequence, string previousHash)
    {
        var canonical = string.Join('\n',
            chainId,
            sequence.ToString(CultureInfo.InvariantCulture),
            previousHash,
            r.RequestId,
            r.ConsumerId,
            r.SubscriptionId,
            r.ProductId,
            r.OperationId,
            r.PlanId,
            r.Units.ToString(CultureInfo.InvariantCulture),
            r.UnitPrice.ToString(CultureInfo.InvariantCulture),
            r.Amount.ToString(CultureInfo.InvariantCulture),
            r.Time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            r.RequestHash,
            r.ResponseHash,
            r.PlanVersion.ToString(CultureInfo.InvariantCulture),
            r.PeriodUnitsBefore.ToString(CultureInfo.InvariantCulture));
        return Hex(Encoding.UTF8.GetBytes(canonical));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
