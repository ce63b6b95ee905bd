using DataZones.Zones.Ocean.Edr;
using DataZones.Zones.Ocean.Queries;

namespace DataZones.Zones.Ocean.Exports;

/// <summary>How an export request ended: a receipt, or the problems (and for too large, the plan it would have run).</summary>
public sealed record ExportOutcome(
    QueryOutcomeStatus Status,
    ExportReceipt? Receipt = null,
    IReadOnlyList<EdrProblem>? Problems = null,
    QueryPlan? Plan = null,
    long ValuesMax = 0);
