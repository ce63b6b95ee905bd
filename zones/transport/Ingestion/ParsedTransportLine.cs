using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Transport.Reference;

namespace DataZones.Zones.Transport.Ingestion;

/// <summary>One line of a source file: either a record to upsert, or the problems that kept it out.</summary>
public sealed record ParsedTransportLine(int LineNumber, ITransportRecord? Record, IReadOnlyList<IngestionProblem> Problems);
