using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DataZones.Marketplace.Access;

/// <summary>
/// The platform's principal for a validated Entra ID access token. The caller is the client application
/// (<c>azp</c>, or <c>appid</c> in v1.0 tokens); its app roles <c>Operator</c>, <c>DataHolder</c> and
/// <c>Reviewer</c> become roles (a data holder's id is its application id); an application the operator registered
/// for a consumer acts as that consumer. An application with neither is not admitted.
/// </summary>
internal sealed class EntraIdPrincipalFactory(EntraAppDirectory apps)
{
    private static readonly string[] StaffRoles = [Roles.Operator, Roles.DataHolder, Roles.Reviewer, Roles.ConsentAuthority];

    /// <returns>The principal, or null when the token names no application or the application is not admitted.</returns>
    public async Task<ClaimsPrincipal?> CreateAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        var appId = PayloadString(token, "azp") ?? PayloadString(token, "appid");
        if (appId is null) return null;

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, appId), new(PlatformClaims.Credential, "entra:" + appId) };
        var roles = token.Claims.Where(c => c.Type == "roles").Select(c => c.Value).Intersect(StaffRoles).ToList();
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (roles.Contains(Roles.DataHolder)) claims.Add(new Claim(PlatformClaims.HolderId, appId));
        var consumerId = await apps.FindConsumerAsync(appId, cancellationToken);
        if (consumerId is not null)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.Consumer));
            claims.Add(new Claim(PlatformClaims.ConsumerId, consumerId));
        }
        if (roles.Count == 0 && consumerId is null) return null;
        return new ClaimsPrincipal(new ClaimsIdentity(claims, EntraIdBearerSetup.SchemeName));
    }

    private static string? PayloadString(JsonWebToken token, string name) =>
        token.TryGetPayloadValue<string>(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
