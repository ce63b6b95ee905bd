using DataZones.Zones.Ocean.Edr;

namespace DataZones.Zones.Ocean.Queries;

/// <summary>
/// The outcome of a query request as a value: a rendered answer with its media type and billed units, or why
/// there is none (the problems, and for <see cref="QueryOutcomeStatus.TooManyValues"/> the plan it would have run).
/// </summary>
public sealed record OceanQueryOutcome(
    QueryOutcomeStatus Status,
    byte[]? Body = null,
    string? MediaType = null,
    long Units = 0,
    IReadOnlyList<EdrProblem>? Problems = null,
    QueryPlan? Plan = null,
    long ValuesMax = 0,
    WithheldCells? Withheld = null,
    OutputFormat Format = OutputFormat.CoverageJson)
{
    public static OceanQueryOutcome Failed(QueryOutcomeStatus status, IReadOnlyList<EdrProblem>? problems = null) => new(status, Problems: problems);
}
