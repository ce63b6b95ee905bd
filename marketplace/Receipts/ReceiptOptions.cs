using DataZones.Marketplace.Hosting;

namespace DataZones.Marketplace.Receipts;

/// <summary>Configuration section <c>Receipts</c>.</summary>
public sealed class ReceiptOptions
{
    public const string SectionName = "Receipts";

    /// <summary>
    /// The ES256 (P-256) signing key as PKCS#8 PEM. In Azure it comes from Key Vault through an app setting
    /// reference; it is never committed. Required outside Development.
    /// </summary>
    [RequiredInProduction(Secret = true)]
    public string? SigningKeyPem { get; set; }

    /// <summary>
    /// Development only: where to keep a generated key when <see cref="SigningKeyPem"/> is empty, so receipts stay
    /// verifiable across restarts (<c>scripts/run</c> points it into the git-ignored <c>.data/</c>). Empty: a key for
    /// this process only.
    /// </summary>
    public string? DevelopmentKeyFile { get; set; }

    /// <summary>Whether a key may be generated when none is configured (Development and tests).</summary>
    public bool AllowGeneratedKey { get; set; }
}
