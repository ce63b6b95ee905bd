using DataZones.Marketplace.Access;
using DataZones.Marketplace.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Marketplace.Hosting;

/// <summary>
/// Cross-origin access for browser clients (a researcher's notebook front end, an EDR map viewer): off unless
/// <c>Cors:AllowedOrigins</c> lists origins (exact, e.g. <c>https://viewer.example.org</c>; <c>*</c> for any). Allowed
/// origins may send the platform's credentials as headers — never cookies — and read the paid call's headers (units,
/// amount, receipt, rate limit and quota). A preflight is answered for a day.
/// </summary>
public static class CorsSetup
{
    public const string SectionName = "Cors";

    public static IServiceCollection AddPlatformCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        if (origins.Length == 0) return services;
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(origins);
            policy.WithMethods("GET", "POST", "PUT", "DELETE")
                .WithHeaders("Content-Type", "Authorization", ApiKeyAuthenticationHandler.HeaderName, PipelineHeaders.IdempotencyKey)
                .WithExposedHeaders(PipelineHeaders.UnitsCharged, PipelineHeaders.AmountCharged, PipelineHeaders.Receipt, PipelineHeaders.RateLimitLimit,
                    PipelineHeaders.RateLimitRemaining, PipelineHeaders.RateLimitReset, PipelineHeaders.QuotaRemaining, PipelineHeaders.QuotaReset,
                    PipelineHeaders.IdempotentReplay, RequestIdMiddleware.HeaderName, "Retry-After", "Location", "Content-Disposition")
                .SetPreflightMaxAge(TimeSpan.FromDays(1));
        }));
        // Headers a zone adds to its answers (CorsExposedHeaders), exposed too: a browser client reads what curl reads.
        // Configured after the policy above, which it extends.
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IEnumerable<CorsExposedHeaders>>((cors, zones) =>
            {
                var policy = cors.GetPolicy(cors.DefaultPolicyName)!;
                foreach (var header in zones.SelectMany(z => z.Headers).Where(h => !policy.ExposedHeaders.Contains(h))) policy.ExposedHeaders.Add(header);
            });
        return services;
    }

    /// <summary>The CORS middleware, when origins are configured (before authentication, so preflights need no key).</summary>
    public static WebApplication UsePlatformCors(this WebApplication app)
    {
        if (AllowedOrigins(app.Configuration).Length > 0) app.UseCors();
        return app;
    }

    private static string[] AllowedOrigins(IConfiguration configuration) =>
        configuration.GetSection(SectionName).GetSection("AllowedOrigins").Get<string[]>()?.Where(o => !string.IsNullOrWhiteSpace(o)).ToArray() ?? [];
}
