using DataZones.Marketplace.Hosting;
namespace DataZones.Zones.Medical;

/// <summary>Configuration section <c>Medical</c>.</summary>
public sealed class MedicalOptions
{
    public const string SectionName = "Medical";

    /// <summary>
    /// The key of the identity-number hash (HMAC-SHA256), base64, at least 32 bytes. Required: the zone refuses to
    /// start without it. Its own key, not finance's: a leak of one zone's key links no other zone's tables.
    /// </summary>
    [RequiredInProduction(Secret = true)]
    public string? IdentifierHashKey { get; set; }

    /// <summary>How many demo persons the Development seeder generates and ingests.</summary>
    public int DemoPersons { get; set; } = 2_000;

    /// <summary>Seed of the demo population (the same seed and date give the same persons and visits).</summary>
    public int DemoSeed { get; set; } = 20_261_202;

    /// <summary>The largest ingestion upload accepted in a request body; larger bodies are refused with 413.</summary>
    public long UploadBytesMaximum { get; set; } = 64L * 1024 * 1024;

    /// <summary>Partition transactions in flight at once while loading a file.</summary>
    public int LoadParallelism { get; set; } = 8;

    /// <summary>Records parsed before they are grouped by person and written.</summary>
    public int LoadWindowRecords { get; set; } = 4_000;

    /// <summary>Person partitions read at once while answering a group-claim batch.</summary>
    public int BatchReadParallelism { get; set; } = 32;
}
