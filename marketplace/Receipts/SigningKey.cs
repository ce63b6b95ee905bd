using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Receipts;

/// <summary>
/// The platform's ES256 key, which signs receipts and ledger seals. Its public half is published at
/// <c>/.well-known/jwks.json</c>; <see cref="KeyId"/> is the RFC 7638 thumbprint, so it changes with the key.
/// </summary>
public sealed class SigningKey : IDisposable
{
    public SigningKey(IOptions<ReceiptOptions> options, IHostEnvironment environment)
    {
        var settings = options.Value;
        Key = ECDsa.Create();
        if (!string.IsNullOrWhiteSpace(settings.SigningKeyPem))
        {
            Key.ImportFromPem(settings.SigningKeyPem);
        }
        else if (settings.AllowGeneratedKey || environment.IsDevelopment())
        {
            LoadOrGenerate(settings.DevelopmentKeyFile);
        }
        else
        {
            throw new InvalidOperationException("Receipts:SigningKeyPem is not configured: receipts and ledger seals cannot be signed.");
        }
        if (Key.KeySize != 256) throw new InvalidOperationException("The receipt signing key must be a P-256 (ES256) key.");
        var parameters = Key.ExportParameters(false);
        X = Base64Url.EncodeToString(parameters.Q.X!);
        Y = Base64Url.EncodeToString(parameters.Q.Y!);
        var thumbprintInput = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{X}\",\"y\":\"{Y}\"}}";
        KeyId = Base64Url.EncodeToString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(thumbprintInput)));
    }

    public ECDsa Key { get; }

    public string KeyId { get; }

    /// <summary>The public point's coordinates, base64url.</summary>
    public string X { get; }

    public string Y { get; }

    public void Dispose() => Key.Dispose();

    private void LoadOrGenerate(string? file)
    {
        if (!string.IsNullOrEmpty(file) && File.Exists(file))
        {
            Key.ImportFromPem(File.ReadAllText(file));
            return;
        }
        Key.GenerateKey(ECCurve.NamedCurves.nistP256);
        if (string.IsNullOrEmpty(file)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, Key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
