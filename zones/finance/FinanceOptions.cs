using DataZones.Marketplace.Hosting;

namespace DataZones.Zones.Finance;

/// <summary>Configuration section <c>Finance</c>.</summary>
public sealed class FinanceOptions
{
    public const string SectionName = "Finance";

    /// <summary>
    /// The key of the identity-number hash (HMAC-SHA256), base64, at least 32 bytes. Required: the zone refuses to
    /// start without it. A fixed development-only key lives in appsettings.Development.json; every other environment
    /// sets it from a secret store (environment variable <c>Finance__IdentifierHashKey</c>).
    /// </summary>
    [RequiredInProduction(Secret = true)]
    public string? IdentifierHashKey { get; set; }

    /// <summary>How many demo enterprises the Development seeder generates and ingests.</summary>
    public int DemoEnterprises { get; set; } = 20_000;

    /// <summary>Seed of the demo population (the same seed and date give the same enterprises).</summary>
    public int DemoSeed { get; set; } = 20_251_116;

    /// <summary>How long a reference read is served from memory before it is read again.</summary>
    public int ReferenceCacheSeconds { get; set; } = 60;

    /// <summary>At most this many enterprises are kept in each reference cache.</summary>
    public int ReferenceCacheEntriesMax { get; set; } = 20_000;

    /// <summary>
    /// The largest ingestion upload accepted in a request body; larger bodies are refused with 413. Well below the
    /// Functions front door's 100 MB: bigger files go straight to Blob Storage through a write link.
    /// </summary>
    public long UploadBytesMaximum { get; set; } = 64L * 1024 * 1024;

    /// <summary>The largest file uploaded through a write link; a larger one is refused when it is committed.</summary>
    public long LinkUploadBytesMaximum { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>How long a write link works; an upload not committed by then (and an hour more) is swept.</summary>
    public int UploadLinkMinutes { get; set; } = 60;

    /// <summary>Partition transactions in flight at once while loading a file.</summary>
    public int LoadParallelism { get; set; } = 8;

    /// <summary>Records parsed before they are grouped by partition and written.</summary>
    public int LoadWindowRecords { get; set; } = 4_000;

}
