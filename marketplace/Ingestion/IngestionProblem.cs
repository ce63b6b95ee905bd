namespace DataZones.Marketplace.Ingestion;

/// <summary>
/// Why a line of a source file was not ingested. Reported to the holder; never contains a personal identifier.
/// </summary>
/// <param name="LineNumber">1-based physical line where the record starts (line 1 is the CSV header).</param>
/// <param name="Field">The column, or null for a problem with the whole line.</param>
/// <param name="Code">A stable code, see <see cref="IngestionProblemCodes"/> (or an identifier violation code).</param>
/// <param name="Message">A sentence naming the rule.</param>
public sealed record IngestionProblem(int LineNumber, string? Field, string Code, string Message);
