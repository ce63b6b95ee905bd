using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Access;

/// <summary>
/// Authenticates <c>X-Api-Key</c>. A malformed key is rejected without a storage read; a well-formed one is found by
/// its public ids and its hash compared in constant time. The key itself is never logged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyDirectory directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values)) return AuthenticateResult.NoResult();
        var presented = values.ToString();
        if (!ApiKeyFormat.TryParse(presented, out var ownerId, out var keyId)) return AuthenticateResult.Fail("The API key is malformed.");
        var record = await directory.FindAsync(ownerId, keyId, Context.RequestAborted);
        if (record is null || !ApiKeyFormat.Matches(presented, record.SecretHash)) return AuthenticateResult.Fail("The API key is not valid.");
        if (!record.IsActive) return AuthenticateResult.Fail("The API key has been revoked.");

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, record.Owner.OwnerId),
            new(PlatformClaims.Credential, "apikey:" + record.KeyId),
        };
        claims.AddRange(record.Owner.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (record.Owner.IsConsumer) claims.Add(new Claim(PlatformClaims.ConsumerId, record.Owner.OwnerId));
        if (record.Owner.Roles.Contains(Roles.DataHolder)) claims.Add(new Claim(PlatformClaims.HolderId, record.Owner.OwnerId));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>A 401 names the ways to authenticate (RFC 9110 §11.6.1); the body is the platform's problem details.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.WWWAuthenticate, $"ApiKey header=\"{HeaderName}\"");
        Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.WWWAuthenticate, "Bearer");
        return base.HandleChallengeAsync(properties);
    }
}
