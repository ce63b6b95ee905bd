using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DataZones.Marketplace.Access;

/// <summary>
/// Authenticates Microsoft Entra ID access tokens (OAuth 2.0 client credentials): signature against the tenant's
/// published keys, issuer, audience and lifetime. Only compact JWS is accepted — an encrypted (JWE, five parts) or
/// unsigned token is refused before validation, and no decryption key is configured (GHSA-59j7-ghrg-fj52). The
/// token's client application (<c>azp</c>, or <c>appid</c> in v1 tokens) maps to a consumer; its app roles
/// (<c>Operator</c>, <c>DataHolder</c>, <c>Reviewer</c>) become roles.
/// </summary>
public sealed class EntraIdAuthenticationHandler(
    IOptionsMonitor<EntraIdOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    EntraAppDirectory apps,
    TimeProvider time)
    : AuthenticationHandler<EntraIdOptions>(options, logger, encoder)
{
    public const string SchemeName = "EntraId";
    private static readonly JsonWebTokenHandler Tokens = new();
    private static readonly string[] StaffRoles = [Roles.Operator, Roles.DataHolder, Roles.Reviewer];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        if (!Options.IsConfigured) return AuthenticateResult.Fail("Entra ID is not configured for this deployment.");
        var token = header["Bearer ".Length..].Trim();
        if (token.Count(c => c == '.') != 2) return AuthenticateResult.Fail("Only signed (JWS) tokens are accepted.");

        var configuration = await Options.ConfigurationManager!.GetConfigurationAsync(Context.RequestAborted);
        var result = Tokens.ValidateToken(token, new TokenValidationParameters
        {
            ValidIssuers = Options.ValidIssuers,
            ValidAudience = Options.Audience,
            IssuerSigningKeys = configuration.SigningKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = Options.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) => LifetimeValid(notBefore, expires),
        });
        if (!result.IsValid) return AuthenticateResult.Fail("The bearer token is not valid.");

        var jwt = (JsonWebToken)result.SecurityToken;
        var appId = Claim(jwt, "azp") ?? Claim(jwt, "appid");
        if (appId is null) return AuthenticateResult.Fail("The token names no client application.");
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, appId), new(PlatformClaims.Credential, "entra:" + appId) };
        var roles = jwt.Claims.Where(c => c.Type == "roles").Select(c => c.Value).Intersect(StaffRoles).ToList();
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (roles.Contains(Roles.DataHolder)) claims.Add(new Claim(PlatformClaims.HolderId, appId));
        var consumerId = await apps.FindConsumerAsync(appId, Context.RequestAborted);
        if (consumerId is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.Consumer));
            claims.Add(new Claim(PlatformClaims.ConsumerId, consumerId));
        }
        if (roles.Count == 0 && consumerId is null) return AuthenticateResult.Fail("The client application is not registered with the platform.");
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    // The platform's clock (TimeProvider), not the machine's, decides lifetimes, so tests can move time.
    private bool LifetimeValid(DateTime? notBefore, DateTime? expires)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is not null && now <= expires.Value.Add(Options.ClockSkew)
            && (notBefore is null || now >= notBefore.Value.Subtract(Options.ClockSkew));
    }

    private static string? Claim(JsonWebToken jwt, string type) =>
        jwt.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>A 401 for a bearer token says so, with the RFC 6750 error when the token was refused.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.WWWAuthenticate,
            result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"");
        await base.HandleChallengeAsync(properties);
    }
}
