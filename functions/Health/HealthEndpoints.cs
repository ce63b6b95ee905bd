using DataZones.Marketplace.Problems;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DataZones.Functions.Health;

/// <summary><c>GET /health</c>: 200 with each check's status, or 503 problem details naming what is down.</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddPlatformHealthChecks(this IServiceCollection services)
    {
        // A short timeout: a health probe must answer quickly even when storage retries would take long.
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString());
        if (report.Status == HealthStatus.Healthy)
        {
            return context.Response.WriteAsJsonAsync(new { status = report.Status.ToString(), checks });
        }
        var down = string.Join(", ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key));
        return Problem.Of(ProblemTypes.ServiceUnavailable, $"Not healthy: {down}.", new Dictionary<string, object?> { ["checks"] = checks })
            .ExecuteAsync(context);
    }
}
