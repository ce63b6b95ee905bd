namespace DataZones.Zones.Ocean;

/// <summary>Configuration section <c>Ocean</c>: limits, cache, links and demo data of the ocean zone.</summary>
public sealed class OceanOptions
{
    public const string SectionName = "Ocean";

    /// <summary>The most values a synchronous query may read (time steps × cells × parameters); above it, 413.</summary>
    public long ValuesPerRequestMax { get; set; } = 5_000_000;

    /// <summary>The most values an export may read; exports run inside the request, so this bounds their time.</summary>
    public long ExportValuesMax { get; set; } = 50_000_000;

    /// <summary>
    /// The most values a NetCDF export may read: a NetCDF export is one file rendered whole before it is stored, so it
    /// is bounded by memory (4 bytes a value, twice) rather than by time as Zarr exports are.
    /// </summary>
    public long ExportNetCdfValuesMax { get; set; } = 10_000_000;

    /// <summary>How long an export's read link stays valid.</summary>
    public int ExportLinkHours { get; set; } = 24;

    /// <summary>The byte budget of the compressed-chunk cache shared by every query of the process.</summary>
    public long ChunkCacheBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>How many chunks one read fetches and decodes at once.</summary>
    public int ChunkReadParallelism { get; set; } = 4;

    /// <summary>The largest dataset an ingestion accepts, all files together (through write links).</summary>
    public long IngestionBytesMax { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// The largest upload sent in a request body, all files together. Well below the 100 MB a Functions front door
    /// lets through; larger datasets go through write links (<c>POST /zones/ocean/ingestions/links</c>).
    /// </summary>
    public long IngestionBodyBytesMax { get; set; } = 64L * 1024 * 1024;

    /// <summary>How long an ingestion's write links work; an upload not committed by then (and an hour more) is swept.</summary>
    public int UploadLinkMinutes { get; set; } = 60;

    /// <summary>
    /// The most values (time steps × cells × parameters) a CSV upload may describe: CSV is read into memory whole
    /// (4 bytes a value) before it is staged, so it is the format for small sets.
    /// </summary>
    public long IngestionCsvValuesMax { get; set; } = 10_000_000;

    /// <summary>Grid spacing of the Development demo dataset (0.25° by default; 0.05° or finer for benchmarks).</summary>
    public double DemoResolutionDegrees { get; set; } = 0.25;
}
