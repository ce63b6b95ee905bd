using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Finance.Reference;

namespace DataZones.Zones.Finance.Ingestion;

/// <summary>One line of a source file: either a record to upsert, or the problems that kept it out.</summary>
public sealed record ParsedLine(int LineNumber, IFinanceReferenceRecord? Record, IReadOnlyList<IngestionProblem> Problems)
{
    public bool IsValid => Record is not null;

    public static ParsedLine Valid(int lineNumber, IFinanceReferenceRecord record) => new(lineNumber, record, []);

    public static ParsedLine Invalid(int lineNumber, IReadOnlyList<IngestionProblem> problems) => new(lineNumber, null, problems);
}
