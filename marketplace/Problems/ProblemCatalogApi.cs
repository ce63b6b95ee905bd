using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Problems;

/// <summary>
/// <c>GET /problems</c> and <c>GET /problems/{code}</c>: the problem types the API can answer with, so that a
/// problem's <c>type</c> resolves to a description. Zones register theirs as <see cref="ProblemType"/> services.
/// </summary>
public static class ProblemCatalogApi
{
    public static IEndpointRouteBuilder MapProblemCatalog(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/problems").WithTags("Problems").AllowAnonymous();
        group.MapGet("/", (IServiceProvider services) => TypedResults.Ok(AllTypes(services)))
            .WithSummary("Every problem type the API may answer with.");
        group.MapGet("/{code}", (string code, IServiceProvider services) =>
                AllTypes(services).FirstOrDefault(t => t.Code == code) is { } type
                    ? Results.Ok(type)
                    : Problem.Of(ProblemTypes.NotFound, $"There is no problem type '{code}'."))
            .WithSummary("One problem type.");
        return endpoints;
    }

    private static IEnumerable<ProblemType> AllTypes(IServiceProvider services) =>
        ProblemTypes.All.Concat(services.GetServices<ProblemType>()).DistinctBy(t => t.Code).OrderBy(t => t.Code, StringComparer.Ordinal);
}
