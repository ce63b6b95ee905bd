using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Problems;

/// <summary>
/// Makes every error the framework produces (unknown route, bad JSON, unhandled exception) an RFC 9457 body with
/// a platform <c>type</c> and the request id, so clients see one error shape whoever produced the error.
/// </summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (problem.Type is null || !problem.Type.StartsWith(ProblemType.UriPrefix, StringComparison.Ordinal))
            {
                var type = ProblemTypes.ForStatus(status);
                problem.Type = type.Uri;
                problem.Title = type.Title;
            }
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
            // The framework adds "traceId" too; one identifier is enough, and requestId matches X-Request-Id.
            problem.Extensions.Remove("traceId");
        });
}
