namespace DataZones.Zones.Ocean.Edr;

/// <summary>
/// Limits of a synchronous query. <see cref="ValuesPerRequestMax"/> bounds the values a query reads (a mean over
/// a year reads a year), since reading is what costs memory and time; exports have no such limit.
/// </summary>
public sealed record OceanQueryLimits(long ValuesPerRequestMax = 5_000_000)
{
    /// <summary>The 413 problem when <paramref name="plan"/> reads too much, naming the count and how to narrow it; else null.</summary>
    public EdrProblem? Check(QueryPlan plan) => plan.ValuesRead <= ValuesPerRequestMax
        ? null
        : new EdrProblem(
            EdrProblemCodes.TooManyValues, "",
            $"The query would read {plan.ValuesRead} values ({plan.Time.Count} time steps × {plan.CellCount} cells × " +
            $"{plan.Query.Parameters.Count} parameters); the maximum is {ValuesPerRequestMax}. Narrow 'datetime', the area " +
            "('coords' or 'bbox') or 'parameter-name', or request an export.");
}
