using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DataZones.Marketplace.Receipts;

/// <summary>
/// Signs compact JWS (ES256) documents: receipts (one per paid answer, in <c>X-Receipt</c>) and ledger seals. Any
/// JOSE library verifies them with the key from <c>/.well-known/jwks.json</c>.
/// </summary>
public sealed class ReceiptSigner(SigningKey key)
{
    public string SignReceipt(ReceiptClaims claims) => Sign(writer =>
    {
        writer.WriteString("iss", "datazones");
        writer.WriteString("typ", "receipt");
        writer.WriteString("rid", claims.RequestId);
        writer.WriteString("sub", claims.ConsumerId);
        writer.WriteString("prd", claims.ProductId);
        writer.WriteString("op", claims.OperationId);
        writer.WriteNumber("units", claims.Units);
        // The amount as a string, exact: a JSON number could be read back as a binary float.
        writer.WriteString("amt", claims.Amount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("cur", "CNY");
        writer.WriteNumber("iat", claims.Time.ToUnixTimeSeconds());
        writer.WriteString("time", claims.Time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("rsh", claims.ResponseSha256);
        writer.WriteString("pln", claims.PlanId);
        writer.WriteNumber("plv", claims.PlanVersion);
        writer.WriteNumber("ubf", claims.PeriodUnitsBefore);
    });

    /// <summary>Signs a JSON object written by <paramref name="payload"/>.</summary>
    public string Sign(Action<Utf8JsonWriter> payload)
    {
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"{key.KeyId}\"}}"));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            payload(writer);
            writer.WriteEndObject();
        }
        var body = Base64Url.EncodeToString(buffer.ToArray());
        var signingInput = Encoding.ASCII.GetBytes(header + "." + body);
        var signature = key.Key.SignData(signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return header + "." + body + "." + Base64Url.EncodeToString(signature);
    }
}
