using DataZones.Marketplace.Hosting;
namespace DataZones.Marketplace.Consent;

/// <summary>Configuration section <c>Consent</c>.</summary>
public sealed class ConsentOptions
{
    public const string SectionName = "Consent";

    /// <summary>
    /// The key of the consent subject's hash (HMAC-SHA256 of the identity number), base64, at least 32 bytes.
    /// Required wherever a zone needs consent: the module refuses to start without it.
    /// </summary>
    [RequiredInProduction(Secret = true)]
    public string? SubjectHashKey { get; set; }

    /// <summary>
    /// How long an instance trusts a consent it has read: the staleness bound after a revocation on another
    /// instance. The instance that revokes forgets the consent at once.
    /// </summary>
    public int CheckCacheSeconds { get; set; } = 5;

    /// <summary>At most this many consents are kept in each instance's cache.</summary>
    public int CheckCacheEntriesMax { get; set; } = 50_000;

    /// <summary>The longest a consent may be granted for.</summary>
    public int ValidityDaysMaximum { get; set; } = 3 * 366;
}
