using System.Security.Claims;

namespace DataZones.Marketplace.Access;

/// <summary>The claims the authentication handlers issue and the rest of the platform reads.</summary>
public static class PlatformClaims
{
    /// <summary>The consumer id, on consumer credentials only.</summary>
    public const string ConsumerId = "dz:consumer";

    /// <summary>The data holder id, on data-holder credentials only.</summary>
    public const string HolderId = "dz:holder";

    /// <summary>Which credential authenticated: <c>apikey:&lt;key id&gt;</c> or <c>entra:&lt;app id&gt;</c>. Never secret.</summary>
    public const string Credential = "dz:credential";

    public static string? ConsumerIdOf(this ClaimsPrincipal user) => user.FindFirst(ConsumerId)?.Value;

    public static string? HolderIdOf(this ClaimsPrincipal user) => user.FindFirst(HolderId)?.Value;

    /// <summary>Who acted, for audit entries.</summary>
    public static string ActorOf(this ClaimsPrincipal user) => user.FindFirst(Credential)?.Value ?? "anonymous";
}
