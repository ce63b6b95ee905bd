using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DataZones.Marketplace.Access;

/// <summary>Configuration section <c>EntraId</c>. Without a tenant id the scheme authenticates nobody.</summary>
public sealed class EntraIdOptions : AuthenticationSchemeOptions
{
    public const string SectionName = "EntraId";

    /// <summary>The authority host, e.g. <c>https://login.microsoftonline.com/</c>.</summary>
    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>The directory (tenant) id whose tokens are accepted.</summary>
    public string? TenantId { get; set; }

    /// <summary>The API's application id URI or client id: tokens must be issued for it.</summary>
    public string? Audience { get; set; }

    /// <summary>Allowed clock difference when checking lifetimes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Where signing keys come from. By default the tenant's OpenID Connect metadata, fetched and refreshed (key
    /// rotation) by a <see cref="ConfigurationManager{T}"/>; tests set a static configuration.
    /// </summary>
    public IConfigurationManager<OpenIdConnectConfiguration>? ConfigurationManager { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(Audience);

    /// <summary>v2.0 and v1.0 token issuers of the tenant.</summary>
    public IEnumerable<string> ValidIssuers =>
    [
        new Uri(Instance, $"{TenantId}/v2.0").ToString(),
        $"https://sts.windows.net/{TenantId}/",
    ];
}
