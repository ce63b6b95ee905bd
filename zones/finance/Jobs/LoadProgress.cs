using DataZones.Marketplace.Ingestion;
using DataZones.Zones.Finance.Ingestion;

namespace DataZones.Zones.Finance.Jobs;

/// <summary>How far a load has got: full counts, and the first problems (capped).</summary>
public sealed record LoadProgress(long LinesRead, long Loaded, long Rejected, IReadOnlyList<IngestionProblem> Problems);
