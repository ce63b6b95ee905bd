namespace DataZones.Zones.Finance.Ingestion;

/// <summary>A column of a source file.</summary>
/// <param name="Name">The CSV header and JSON property name, snake_case.</param>
/// <param name="Kind">How the value is written in JSON Lines.</param>
/// <param name="Required">Whether a row without a value is rejected.</param>
public sealed record FinanceFileColumn(string Name, FinanceColumnKind Kind, bool Required = true);
