namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>
/// The header JSON of an upload (docs/ocean.md, "Ingestion format"): the dataset's id and title, its evenly spaced
/// grid, its parameters with the part holding each one's values — or, for small sets, <c>csv</c>: the one part whose
/// CSV rows hold every parameter — optional restricted areas and chunking. Members are nullable so that every missing
/// one is reported, not just the first. <c>institution</c>, <c>source</c> and <c>license</c> (optional) become the CF
/// attributes of the dataset and of every export and NetCDF answer made from it.
/// </summary>
public sealed record IngestionHeader(
    string? Id,
    string? Title,
    string? Summary,
    IngestionTimes? Times,
    IngestionAxis? Latitudes,
    IngestionAxis? Longitudes,
    IReadOnlyList<IngestionParameterFile>? Parameters,
    IReadOnlyList<IngestionRestrictedArea>? RestrictedAreas,
    IngestionChunking? Chunking,
    string? Csv = null,
    string? Institution = null,
    string? Source = null,
    string? License = null);
