using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DataZones.Marketplace.Access;

/// <summary>
/// The platform's steps around the framework's token validation: refuse what is not a compact JWS of reasonable
/// size before it is parsed, turn a validated token into the platform's principal, and answer a refused token with
/// <c>Bearer error="invalid_token"</c>. Refusals are the client's mistakes and are logged at Debug.
/// </summary>
internal sealed partial class EntraIdBearerEvents(EntraIdPrincipalFactory principals, ILogger<EntraIdBearerEvents> logger) : JwtBearerEvents
{
    private const string Prefix = "Bearer ";

    public override Task MessageReceived(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return Task.CompletedTask;
        var token = header[Prefix.Length..].Trim();
        if (token.Length > EntraIdBearerSetup.TokenLengthMax)
        {
            LogTooLong(logger, token.Length, EntraIdBearerSetup.TokenLengthMax);
            context.Fail($"The bearer token is longer than {EntraIdBearerSetup.TokenLengthMax} characters.");
        }
        else if (token.AsSpan().Count('.') != 2)
        {
            // Three parts make a JWS. Five would be an encrypted token (JWE): no decryption key is configured, and
            // refusing it unparsed keeps decompression and key unwrapping out of reach (GHSA-59j7-ghrg-fj52).
            LogNotJws(logger);
            context.Fail("Only signed (JWS) tokens are accepted.");
        }
        else
        {
            context.Token = token;
        }
        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var principal = await principals.CreateAsync((JsonWebToken)context.SecurityToken, context.HttpContext.RequestAborted);
        if (principal is null)
        {
            LogNotAdmitted(logger);
            context.Fail("The client application is not registered with the platform and holds no platform role.");
            return;
        }
        context.Principal = principal;
    }

    /// <summary>RFC 6750 §3.1: a refused token is named as such; the problem body comes from the status-code pages.</summary>
    public override Task Challenge(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is not null) context.Error = "invalid_token";
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bearer token refused: {Length} characters, more than {Max}.")]
    private static partial void LogTooLong(ILogger logger, int length, int max);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bearer token refused: not a compact JWS.")]
    private static partial void LogNotJws(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bearer token refused: valid, but its application is neither a registered consumer nor in a platform role.")]
    private static partial void LogNotAdmitted(ILogger logger);
}
