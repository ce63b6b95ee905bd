using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DataZones.Marketplace.Access;

/// <summary>
/// Authentication (an API key in <c>X-Api-Key</c>, or an Entra ID bearer token) and the platform's authorization
/// policies. A request with neither is anonymous; a protected endpoint then answers 401 as problem details.
/// </summary>
public static class AccessSetup
{
    public const string PlatformScheme = "Platform";

    public static IServiceCollection AddPlatformAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccessOptions>(configuration.GetSection(AccessOptions.SectionName));
        services.AddSingleton<ApiKeyStore>().AddSingleton<ApiKeyDirectory>().AddSingleton<ApiKeyService>();
        services.AddSingleton<EntraAppStore>().AddSingleton<EntraAppDirectory>();

        services.AddAuthentication(PlatformScheme)
            .AddPolicyScheme(PlatformScheme, "API key or Entra ID", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? EntraIdBearerSetup.SchemeName
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddEntraIdBearer(configuration);

        // AddAuthentication registers ASP.NET Core Data Protection, which nothing here uses (API keys and bearer
        // tokens, no cookies), and its hosted service reads or creates a key ring on every start. Without it the key
        // ring would load on first use, which never comes: one less file-system step on every cold start.
        foreach (var keyRingLoader in services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            services.Remove(keyRingLoader);
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Consumer, policy => policy.RequireClaim(PlatformClaims.ConsumerId))
            .AddPolicy(Policies.Operator, policy => policy.RequireRole(Roles.Operator))
            .AddPolicy(Policies.DataHolder, policy => policy.RequireRole(Roles.DataHolder, Roles.Operator))
            .AddPolicy(Policies.Reviewer, policy => policy.RequireRole(Roles.Reviewer, Roles.Operator))
            .AddPolicy(Policies.ConsentAuthority, policy => policy.RequireRole(Roles.ConsentAuthority));
        return services;
    }
}
