namespace DataZones.Marketplace.Access;

/// <summary>
/// Configuration section <c>EntraId</c>. Without a tenant id and an audience no bearer token is accepted (see
/// <see cref="EntraIdBearerSetup"/>).
/// </summary>
public sealed class EntraIdOptions
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

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(Audience);

    /// <summary>v2.0 and v1.0 token issuers of the tenant: the only issuers accepted.</summary>
    public IReadOnlyList<string> ValidIssuers =>
    [
        new Uri(Instance, $"{TenantId}/v2.0").ToString(),
        $"https://sts.windows.net/{TenantId}/",
    ];
}
