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
            return WriteHealthyAsync(context, checks);
        }
        var down = string.Join(", ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key));
        return Problem.Of(ProblemTypes.ServiceUnavailable, $"Not healthy: {down}.", new Dictionary<string, object?> { ["checks"] = checks })
            .ExecuteAsync(context);
    }

    // Written directly rather than by the reflection-based serializer: a cold instance's first answer is often this
    // one, and building serializer metadata for it cost a noticeable part of the start.
    private static async Task WriteHealthyAsync(HttpContext context, Dictionary<string, string> checks)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new System.Text.Json.Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", nameof(HealthStatus.Healthy));
        json.WriteStartObject("checks");
        foreach (var (name, status) in checks) json.WriteString(name, status);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
