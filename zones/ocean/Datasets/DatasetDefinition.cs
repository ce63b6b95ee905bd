namespace DataZones.Zones.Ocean.Datasets;

/// <summary>
/// Everything needed to create a dataset group before its values arrive: identity, grid, parameters, restricted
/// areas and chunking, and for an export the cells withheld from it. Coordinates must be strictly ascending (latitude
/// south to north).
/// </summary>
public sealed record DatasetDefinition(
    string Id,
    string Title,
    string Summary,
    IReadOnlyList<DateTimeOffset> Times,
    IReadOnlyList<double> Latitudes,
    IReadOnlyList<double> Longitudes,
    IReadOnlyList<double>? Depths,
    IReadOnlyList<OceanParameter> Parameters,
    IReadOnlyList<RestrictedArea> RestrictedAreas,
    DatasetChunking Chunking,
    DatasetWithheld? Withheld = null,
    DatasetProvenance? Provenance = null)
{
    /// <summary>Values of one parameter at one time step (all depth levels).</summary>
    public int ValuesPerTimeStep => checked((Depths?.Count ?? 1) * Latitudes.Count * Longitudes.Count);
}
