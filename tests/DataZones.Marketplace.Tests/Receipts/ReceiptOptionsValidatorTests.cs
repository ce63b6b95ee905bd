using System.Security.Cryptography;
using DataZones.Marketplace.Receipts;
using Microsoft.Extensions.Hosting.Internal;

namespace DataZones.Marketplace.Tests.Receipts;

public sealed class ReceiptOptionsValidatorTests
{
    private static readonly ReceiptOptionsValidator Production = new(new HostingEnvironment { EnvironmentName = "Production" });

    [Fact]
    public void P256Pem_Accepted()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.True(Production.Validate(null, new ReceiptOptions { SigningKeyPem = key.ExportPkcs8PrivateKeyPem() }).Succeeded);
    }

    [Fact]
    public void NoKeyOutsideDevelopment_Refused() =>
        Assert.Contains("Receipts:SigningKeyPem is not configured", Production.Validate(null, new ReceiptOptions()).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void NoKey_AllowedInDevelopmentOrWhenAGeneratedKeyIsAllowed()
    {
        Assert.True(new ReceiptOptionsValidator(new HostingEnvironment { EnvironmentName = "Development" }).Validate(null, new ReceiptOptions()).Succeeded);
        Assert.True(Production.Validate(null, new ReceiptOptions { AllowGeneratedKey = true }).Succeeded);
    }

    [Theory]
    // What the app sees when the platform could not resolve the Key Vault reference.
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/receipt-signing-key)")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----")]
    public void NotAPemKey_Refused(string text) =>
        Assert.Contains("not an EC private key", Production.Validate(null, new ReceiptOptions { SigningKeyPem = text }).FailureMessage, StringComparison.Ordinal);

    [Fact]
    public void AnotherCurve_Refused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Contains("P-256", Production.Validate(null, new ReceiptOptions { SigningKeyPem = key.ExportPkcs8PrivateKeyPem() }).FailureMessage, StringComparison.Ordinal);
    }
}
