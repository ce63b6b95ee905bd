namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// How a dataset's variables are cut into chunks (one blob each). The default, a month of days by up to 128×128
/// cells, keeps a chunk near 2 MB raw (well under 1 MB compressed for smooth fields): large enough that a blob
/// round trip is not wasted on a few values, small enough that a point time series or a one-day map reads only a
/// few chunks. Sizes larger than the grid are clamped to it.
/// </summary>
public sealed record DatasetChunking(int TimeSteps, int Latitudes, int Longitudes, int CompressionLevel = 1)
{
    public static DatasetChunking Default { get; } = new(30, 128, 128);
}
