using DataZones.Marketplace.Problems;

namespace DataZones.Zones.Ocean.Ingestion;

/// <summary>The outcome of reading an upload's header: staged and ready for files, invalid, or an id already taken.</summary>
public sealed record IngestionBegin(StagedIngestion? Staged, IReadOnlyList<FieldError> Problems, bool IdTaken);
