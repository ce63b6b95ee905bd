using DataZones.Marketplace.Problems;
using DataZones.Zones.Ocean.Edr;
using Microsoft.AspNetCore.Http;

namespace DataZones.Zones.Ocean.Api;

/// <summary>Translates EDR problems into problem details: one stable type per code, every problem in <c>errors</c>.</summary>
public static class EdrProblemResults
{
    public static IResult Invalid(IReadOnlyList<EdrProblem> problems, ProblemType? mixed = null)
    {
        var codes = problems.Select(p => p.Code).Distinct(StringComparer.Ordinal).ToList();
        var type = codes.Count == 1 && OceanProblemTypes.TryForEdrCode(codes[0]) is { } single ? single : mixed ?? OceanProblemTypes.InvalidQuery;
        return Problem.Invalid(problems.Select(p => new FieldError(p.Parameter, p.Code, p.Detail)), type);
    }

    /// <summary>The 413 for a selection over the maximum: the counts, and how to narrow it.</summary>
    public static IResult TooMany(ProblemType type, EdrProblem problem, QueryPlan plan, long maximum) =>
        Problem.Of(type, problem.Detail, new Dictionary<string, object?>
        {
            ["valuesRead"] = plan.ValuesRead,
            ["valuesReturned"] = plan.ValuesReturned,
            ["valuesMax"] = maximum,
            ["timeSteps"] = plan.Time.Count,
            ["cells"] = plan.CellCount,
            ["parameters"] = plan.Query.Parameters.Count,
            ["narrowWith"] = new[] { "datetime", "coords", "bbox", "parameter-name" },
        });
}
