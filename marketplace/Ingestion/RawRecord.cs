namespace DataZones.Marketplace.Ingestion;

/// <summary>
/// One record read from a file before its fields are interpreted: field name → text (absent or empty = no value),
/// or the reason the record could not be read at all.
/// </summary>
public sealed record RawRecord(int LineNumber, IReadOnlyDictionary<string, string> Fields, IngestionProblem? Problem);
