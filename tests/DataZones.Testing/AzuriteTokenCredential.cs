using System.Text;
using System.Text.Json;
using Azure.Core;

namespace DataZones.Testing;

/// <summary>
/// Tokens for Azurite's "basic" OAuth, which checks audience, issuer and lifetime but not the signature: what a
/// managed identity would present, with a tenant and object id of its own, so the token-credential path of the
/// platform (user-delegation SAS) runs for real against the emulator.
/// </summary>
public sealed class AzuriteTokenCredential : TokenCredential
{
    public static readonly Guid TenantId = Guid.Parse("7b3c4a1e-2f0d-4c8e-9a61-3d5f2b7e8c90");

    public static readonly Guid ObjectId = Guid.Parse("0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b");

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var expires = now.AddHours(1);
        string Part(object value) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = Part(new { alg = "RS256", typ = "JWT" }) + "." + Part(new Dictionary<string, object>
        {
            ["aud"] = "https://storage.azure.com",
            ["iss"] = $"https://sts.windows.net/{TenantId}/",
            ["tid"] = TenantId.ToString(),
            ["oid"] = ObjectId.ToString(),
            ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        }) + "." + Convert.ToBase64String(Encoding.ASCII.GetBytes("unsigned")).TrimEnd('=');
        return new AccessToken(token, expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
