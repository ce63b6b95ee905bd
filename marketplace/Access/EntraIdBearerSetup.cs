using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Web;

namespace DataZones.Marketplace.Access;

/// <summary>
/// The Entra ID bearer scheme: the framework's JwtBearer handler, set up by Microsoft.Identity.Web from the
/// <c>EntraId</c> section (docs/decisions/entra-id.md). Without a tenant and an audience the scheme is a stand-in
/// that refuses every bearer token, so nothing fetches metadata and nothing throws.
/// </summary>
public static class EntraIdBearerSetup
{
    public const string SchemeName = "EntraId";

    /// <summary>
    /// The longest token accepted, in characters (a JWS is ASCII, so also bytes). Entra ID access tokens are a few
    /// kilobytes; anything longer is refused before it is parsed.
    /// </summary>
    public const int TokenLengthMax = 16 * 1024;

    // IdentityModel's bridge into ILogger, which Identity.Web installs, reports every refused token at Error. The
    // JwtBearer handler already logs each refusal, with its reason, at Information: a client's mistake is not an error.
    private const string IdentityModelLogCategory = "Microsoft.IdentityModel.LoggingExtensions.IdentityLoggerAdapter";

    public static AuthenticationBuilder AddEntraIdBearer(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var entra = configuration.GetSection(EntraIdOptions.SectionName).Get<EntraIdOptions>() ?? new EntraIdOptions();
        if (!entra.IsConfigured)
        {
            return authentication.AddScheme<AuthenticationSchemeOptions, EntraIdNotConfiguredHandler>(SchemeName, null);
        }

        authentication.Services.AddSingleton<EntraIdPrincipalFactory>().AddSingleton<EntraIdBearerEvents>();
        authentication.Services.AddLogging(logging => logging.AddFilter(IdentityModelLogCategory, LogLevel.None));
        authentication.AddMicrosoftIdentityWebApi(jwt => ConfigureBearer(jwt, entra), identity =>
        {
            identity.Instance = entra.Instance.ToString();
            identity.TenantId = entra.TenantId;
            // Identity.Web insists on a client id; here it only stands for the audience, which is set explicitly.
            identity.ClientId = entra.Audience;
            // Applications are admitted by the platform (a registered consumer app or an app role), not by scopes:
            // client-credentials tokens carry none.
            identity.AllowWebApiToBeAuthorizedByACL = true;
        }, SchemeName);
        return authentication;
    }

    private static void ConfigureBearer(JwtBearerOptions jwt, EntraIdOptions entra)
    {
        // The handler's TimeProvider is the platform's (the framework sets it from the container before any request).
        jwt.TokenValidationParameters = EntraIdTokenValidation.For(entra, () => jwt.TimeProvider ?? TimeProvider.System);
        // Claims stay as issued (roles, azp, appid); EntraIdPrincipalFactory turns them into the platform's claims.
        jwt.MapInboundClaims = false;
        // The challenge says invalid_token without naming the check that failed; the log names it.
        jwt.IncludeErrorDetails = false;
        // Events from the container, so they can reach the app directory. Identity.Web's own event hooks are then not
        // used; they would check scopes (off, above) and hand the configuration manager to the token handler, which
        // JwtBearer 10 does itself.
        jwt.EventsType = typeof(EntraIdBearerEvents);
    }
}
