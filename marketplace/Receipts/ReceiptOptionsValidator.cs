using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Receipts;

/// <summary>
/// Checks the signing key when the host starts (<c>ValidateOnStart</c>), not at the first receipt: outside
/// Development a key must be configured, and it must be a P-256 private key in PEM. In Azure the value comes from a
/// Key Vault reference; a reference the platform could not resolve arrives as its own text, and is refused here.
/// </summary>
public sealed class ReceiptOptionsValidator(IHostEnvironment? environment) : IValidateOptions<ReceiptOptions>
{
    public ValidateOptionsResult Validate(string? name, ReceiptOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SigningKeyPem))
        {
            return options.AllowGeneratedKey || environment?.IsDevelopment() == true
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Receipts:SigningKeyPem is not configured: receipts and ledger seals cannot be signed.");
        }
        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(options.SigningKeyPem);
            return key.KeySize == 256
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Receipts:SigningKeyPem must be a P-256 (ES256) key.");
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return ValidateOptionsResult.Fail(
                "Receipts:SigningKeyPem is not an EC private key in PEM (a Key Vault reference that could not be resolved arrives as its own text).");
        }
    }
}
