using DataZones.Zones.Ocean.Datasets;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// A valid header turned into the dataset's definition and the staged raw files the conversion reads, in parameter
/// order. For a CSV upload, <see cref="CsvPart"/> names the one part expected, and the raw files are what staging
/// makes of it.
/// </summary>
public sealed record IngestionPlan(DatasetDefinition Definition, IReadOnlyList<string> Files, string? CsvPart = null)
{
    /// <summary>The multipart parts the upload must carry after its header: the CSV, or the raw files.</summary>
    public IReadOnlyList<string> Parts => CsvPart is { } csv ? [csv] : Files;

    /// <summary>Every value the upload describes: time steps × cells × parameters.</summary>
    public long ValueCount => (long)Definition.Times.Count * Definition.ValuesPerTimeStep * Files.Count;

    /// <summary>The exact length of each file: time steps × latitudes × longitudes × 4 bytes.</summary>
    public long BytesPerFile => (long)Definition.Times.Count * Definition.ValuesPerTimeStep * sizeof(float);

    /// <summary>The bytes of one time step of one parameter.</summary>
    public int BytesPerTimeStep => Definition.ValuesPerTimeStep * sizeof(float);
}
