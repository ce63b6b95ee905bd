using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DataZones.Marketplace.Access;

/// <summary>
/// Gives the Entra ID scheme its signing-key source once per app: the tenant's OpenID Connect metadata, which the
/// <see cref="ConfigurationManager{T}"/> caches and refreshes, so rotated keys are picked up without a restart.
/// </summary>
internal sealed class EntraIdMetadataSetup : IPostConfigureOptions<EntraIdOptions>
{
    public void PostConfigure(string? name, EntraIdOptions options)
    {
        if (options.ConfigurationManager is not null || !options.IsConfigured) return;
        options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
            new Uri(options.Instance, $"{options.TenantId}/v2.0/.well-known/openid-configuration").ToString(),
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = true });
    }
}
