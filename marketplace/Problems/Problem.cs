using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DataZones.Marketplace.Problems;

/// <summary>Builds RFC 9457 results with a stable type, for endpoints and the pipeline.</summary>
public static class Problem
{
    public static ProblemHttpResult Of(ProblemType type, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Type = type.Uri, Title = type.Title, Status = type.Status, Detail = detail };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions) problem.Extensions[key] = value;
        }
        return TypedResults.Problem(problem);
    }

    /// <summary>A 400 listing every invalid input at once, keyed by field, each with a stable rule code.</summary>
    public static ProblemHttpResult Invalid(IEnumerable<FieldError> errors, ProblemType? type = null)
    {
        var list = errors.ToList();
        var detail = list.Count == 1 ? list[0].Message : $"{list.Count} inputs are invalid.";
        return Of(type ?? ProblemTypes.ValidationFailed, detail, new Dictionary<string, object?> { ["errors"] = list });
    }
}
