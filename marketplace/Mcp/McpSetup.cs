using DataZones.Marketplace.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.AspNetCore;
using ModelContextProtocol.AspNetCore.Authentication;
using ModelContextProtocol.Authentication;
using ModelContextProtocol.Protocol;

namespace DataZones.Marketplace.Mcp;

/// <summary>
/// The MCP endpoint as a module: <c>/mcp</c>, stateless streamable HTTP (any instance serves any request, as for the
/// REST API), for consumer credentials — an API key in <c>X-Api-Key</c> or an Entra ID bearer token, exactly as the
/// REST API takes them. Its OAuth protected-resource metadata (RFC 9728) is served at
/// <c>/.well-known/oauth-protected-resource/mcp</c>, and a 401 names it in <c>WWW-Authenticate</c>. The tools are
/// the app's own endpoints (<see cref="EndpointToolCatalog"/>), so map this after every zone.
/// </summary>
public static class McpSetup
{
    public const string Route = "/mcp";

    public static IServiceCollection AddPlatformMcp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<EndpointToolCatalog>().AddSingleton<EndpointToolInvoker>().AddSingleton<McpToolHandlers>();
        services.AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = "DataZones", Version = "1.0" };
                options.ServerInstructions = "Sector data APIs sold per answer. The free tools show the catalogue, your subscriptions and your "
                    + "usage; each paid tool is one zone operation, billed to your subscription exactly like the REST call, with the "
                    + "charge and a signed receipt in the result's _meta. Errors are problem details (see /problems).";
            })
            .WithHttpTransport(transport => transport.SessionMode = HttpServerSessionMode.Stateless)
            .WithListToolsHandler(McpToolHandlers.ListAsync)
            .WithCallToolHandler(McpToolHandlers.CallAsync);

        var entra = configuration.GetSection(EntraIdOptions.SectionName).Get<EntraIdOptions>() ?? new EntraIdOptions();
        services.AddAuthentication().AddMcp(options =>
        {
            // Who the caller is, the platform decides, exactly as for REST (API key or Entra ID bearer); this scheme
            // adds the challenge an MCP client can follow and serves the metadata it points to.
            options.ForwardAuthenticate = AccessSetup.PlatformScheme;
            options.ResourceMetadata = new ProtectedResourceMetadata
            {
                ResourceName = "DataZones MCP",
                BearerMethodsSupported = ["header"],
                // Bearer tokens come from the Entra ID tenant the REST API trusts; without one, only API keys are taken.
                AuthorizationServers = entra.IsConfigured ? [entra.ValidIssuers[0]] : [],
                ScopesSupported = entra.IsConfigured ? [$"{entra.Audience!.TrimEnd('/')}/.default"] : [],
            };
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPlatformMcp(this IEndpointRouteBuilder endpoints)
    {
        // Authenticated through the MCP scheme (which forwards to the platform's), so that a 401 carries its challenge.
        endpoints.MapMcp(Route)
            .RequireAuthorization(new AuthorizeAttribute(Policies.Consumer) { AuthenticationSchemes = McpAuthenticationDefaults.AuthenticationScheme })
            .WithTags("MCP");
        return endpoints;
    }
}
