using Microsoft.IdentityModel.Tokens;

namespace DataZones.Marketplace.Access;

/// <summary>
/// What an Entra ID access token must satisfy: signed with RS256 by a key from the tenant's metadata, issued by the
/// tenant for this API, and within its lifetime by the platform's clock. The signing keys are not set here: the
/// JwtBearer handler takes them from its configuration manager (the tenant's metadata), never from the token's own
/// <c>jku</c>, <c>x5u</c> or <c>jwk</c> headers.
/// </summary>
internal static class EntraIdTokenValidation
{
    /// <param name="options">The tenant, audience and clock skew.</param>
    /// <param name="clock">The platform's clock, read at validation time (tests move it).</param>
    public static TokenValidationParameters For(EntraIdOptions options, Func<TimeProvider> clock) => new()
    {
        ValidIssuers = options.ValidIssuers,
        IssuerValidator = ExactIssuer,
        ValidAudience = options.Audience,
        // Entra ID signs access tokens with RS256. Allowing nothing else refuses key confusion (an HS256 token whose
        // HMAC key is the published RSA key) and every other algorithm before any key is tried.
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = options.ClockSkew,
        LifetimeValidator = (notBefore, expires, _, parameters) =>
            WithinLifetime(notBefore, expires, clock().GetUtcNow().UtcDateTime, parameters.ClockSkew),
    };

    // Identity.Web would otherwise install its multi-tenant AadIssuerValidator, which fetches metadata of its own for
    // an issuer it does not recognise. This API trusts one tenant, so its two issuers are compared exactly.
    private static string ExactIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters) =>
        parameters.ValidIssuers.Contains(issuer, StringComparer.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException("The token was not issued by this API's tenant.") { InvalidIssuer = issuer };

    // A lifetime delegate replaces the library's own check, RequireExpirationTime included, so it insists on exp
    // itself. It throws the library's exceptions so that the log names the bound that failed.
    private static bool WithinLifetime(DateTime? notBefore, DateTime? expires, DateTime now, TimeSpan skew)
    {
        if (expires is null) throw new SecurityTokenNoExpirationException("The token has no expiry (exp).");
        if (now > expires.Value + skew) throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        if (notBefore is not null && now < notBefore.Value - skew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = notBefore.Value };
        }
        return true;
    }
}
