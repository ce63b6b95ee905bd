using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Medical.Reference;

namespace DataZones.Zones.Medical.Ingestion;

/// <summary>One line of a source file: either a record to upsert, or the problems that kept it out.</summary>
public sealed record ParsedMedicalLine(int LineNumber, IMedicalRecord? Record, IReadOnlyList<IngestionProblem> Problems);
