using DataZones.Zones.Ocean.Datasets;

namespace DataZones.Zones.Ocean.DemoData;

/// <summary>
/// The demo dataset's knobs. The default 0.25° grid (13 × 9 cells) is quick for local runs; 0.05° (61 × 41) or
/// finer suits benchmarks. The same seed always gives the same values.
/// </summary>
public sealed record QingdaoDemoOptions(
    double ResolutionDegrees = 0.25,
    int Year = 2025,
    int Seed = 20250101,
    DatasetChunking? Chunking = null)
{
    public const double WestLongitude = 119.5;
    public const double EastLongitude = 122.5;
    public const double SouthLatitude = 35.0;
    public const double NorthLatitude = 37.0;
}
