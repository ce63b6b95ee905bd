using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataZones.Marketplace.Access;

/// <summary>
/// The Entra ID scheme of a deployment without a tenant: the policy scheme sends it only requests that carry a
/// bearer token, and it refuses each (401, <c>Bearer error="invalid_token"</c>) without fetching anything.
/// </summary>
internal sealed partial class EntraIdNotConfiguredHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        LogRefused(Logger);
        return Task.FromResult(AuthenticateResult.Fail("Entra ID is not configured for this deployment."));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.WWWAuthenticate, "Bearer error=\"invalid_token\"");
        return base.HandleChallengeAsync(properties);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bearer token refused: Entra ID is not configured (EntraId:TenantId, EntraId:Audience).")]
    private static partial void LogRefused(ILogger logger);
}
