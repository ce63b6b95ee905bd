using DataZones.Marketplace.Hosting;

namespace DataZones.Zones.Transport;

/// <summary>Configuration section <c>Transport</c>.</summary>
public sealed class TransportOptions
{
    public const string SectionName = "Transport";

    /// <summary>
    /// The key of the plate and person hash (HMAC-SHA256), base64, at least 32 bytes. Required: the zone refuses to
    /// start without it. Its own key, not finance's or medical's: a leak of one zone's key links no other zone's tables.
    /// </summary>
    [RequiredInProduction(Secret = true)]
    public string? IdentifierHashKey { get; set; }

    /// <summary>How many demo vehicles the Development seeder generates and ingests.</summary>
    public int DemoVehicles { get; set; } = 2_000;

    /// <summary>Seed of the demo fleet (the same seed and date give the same vehicles and histories).</summary>
    public int DemoSeed { get; set; } = 20_261_213;

    /// <summary>The largest ingestion upload accepted in a request body; larger bodies are refused with 413.</summary>
    public long UploadBytesMaximum { get; set; } = 64L * 1024 * 1024;

    /// <summary>Partition transactions in flight at once while loading a file.</summary>
    public int LoadParallelism { get; set; } = 8;

    /// <summary>Records parsed before they are grouped by vehicle and written.</summary>
    public int LoadWindowRecords { get; set; } = 4_000;
}
