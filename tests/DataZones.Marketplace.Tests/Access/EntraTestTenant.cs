using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace DataZones.Marketplace.Tests.Access;

/// <summary>
/// A stand-in Entra ID tenant: its signing key, the metadata it publishes (the public half only) and the tokens it
/// issues. Tokens are written out by hand (header, payload, signature) so that tests can issue exactly the malformed
/// or hostile ones a real tenant never would.
/// </summary>
public sealed class EntraTestTenant : IDisposable
{
    public const string TenantId = "5a1e0c3e-9a55-4b6e-8a44-2f7f2d4c0b11";
    public const string Audience = "api://datazones";
    public const string KeyId = "tenant-key";
    public static readonly string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";
    public static readonly string IssuerV1 = $"https://sts.windows.net/{TenantId}/";

    public RSA SigningKey { get; } = RSA.Create(2048);

    public static Dictionary<string, string?> Settings => new() { ["EntraId:TenantId"] = TenantId, ["EntraId:Audience"] = Audience };

    /// <summary>What the tenant publishes: its issuer and the public half of its signing key, as a JWK.</summary>
    public OpenIdConnectConfiguration Metadata()
    {
        var metadata = new OpenIdConnectConfiguration { Issuer = Issuer, JsonWebKeySet = new JsonWebKeySet() };
        var jwk = PublicJwk(SigningKey, KeyId);
        metadata.JsonWebKeySet.Keys.Add(jwk);
        metadata.SigningKeys.Add(jwk);
        return metadata;
    }

    public static JsonWebKey PublicJwk(RSA key, string keyId)
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.ExportParameters(false)) { KeyId = keyId });
        jwk.Use = "sig";
        return jwk;
    }

    /// <summary>The claims of a client-credentials access token for <paramref name="appId"/>, valid for an hour from <paramref name="now"/>.</summary>
    public static Dictionary<string, object> Claims(string appId, DateTimeOffset now, params string[] roles)
    {
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["azp"] = appId,
            ["tid"] = TenantId,
            ["ver"] = "2.0",
            ["iat"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        if (roles.Length > 0) claims["roles"] = roles;
        return claims;
    }

    /// <summary>An RS256 JWS of <paramref name="claims"/>, by default with the tenant's key and key id.</summary>
    public string Sign(IDictionary<string, object> claims, RSA? key = null, IDictionary<string, object>? header = null)
    {
        var signingInput = SigningInput(Header("RS256", header), claims);
        var signature = (key ?? SigningKey).SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>An HS256 JWS whose HMAC key is <paramref name="secret"/>, under the tenant's key id.</summary>
    public static string SignHs256(IDictionary<string, object> claims, byte[] secret)
    {
        var signingInput = SigningInput(Header("HS256", null), claims);
        return signingInput + "." + Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput)));
    }

    private static Dictionary<string, object> Header(string algorithm, IDictionary<string, object>? extra)
    {
        var header = new Dictionary<string, object> { ["alg"] = algorithm, ["typ"] = "JWT", ["kid"] = KeyId };
        foreach (var (name, value) in extra ?? new Dictionary<string, object>()) header[name] = value;
        return header;
    }

    private static string SigningInput(object header, object claims) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));

    public void Dispose() => SigningKey.Dispose();
}
