using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Tests.Hosting;
using DataZones.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace DataZones.Marketplace.Tests.Access;

public sealed class EntraIdTests : IAsyncLifetime
{
    private const string TenantId = "5a1e0c3e-9a55-4b6e-8a44-2f7f2d4c0b11";
    private const string Audience = "api://datazones";
    private const string ConsumerAppId = "0f9a8b7c-1d2e-4f30-9a8b-7c6d5e4f3a21";
    private const string OperatorAppId = "7e6d5c4b-3a29-4180-b7c6-d5e4f3a2b1c0";
    private static readonly string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";
    private readonly RsaSecurityKey tenantKey = new(RSA.Create(2048)) { KeyId = "tenant-key" };
    private MarketplaceTestHost host = null!;

    public async Task InitializeAsync()
    {
        var metadata = new OpenIdConnectConfiguration { Issuer = Issuer };
        metadata.SigningKeys.Add(tenantKey);
        host = await TestHosts.StartAsync(
            new Dictionary<string, string?> { ["EntraId:TenantId"] = TenantId, ["EntraId:Audience"] = Audience },
            services => services.PostConfigure<EntraIdOptions>(EntraIdAuthenticationHandler.SchemeName,
                options => options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(metadata)));
        var operatorKey = await host.OperatorKeyAsync();
        var (consumerId, _) = await host.NewConsumerAsync(operatorKey);
        using var admin = host.Client(operatorKey);
        (await admin.PutAsync(new Uri($"/operator/consumers/{consumerId}/entra-apps/{ConsumerAppId}", UriKind.Relative), null)).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private string Token(string appId, string? role = null, string audience = Audience, string issuer = "", TimeSpan? expiresIn = null, SecurityKey? key = null)
    {
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new("azp", appId), new("tid", TenantId) };
        if (role is not null) claims.Add(new Claim("roles", role));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer.Length > 0 ? issuer : Issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-5),
            NotBefore = now.AddMinutes(-5),
            Expires = now + (expiresIn ?? TimeSpan.FromHours(1)),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(key ?? tenantKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private async Task<HttpStatusCode> CallAsync(string path, string token)
    {
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode;
    }

    [Fact]
    public async Task ValidToken_MappedClientApp_ActsAsItsConsumer() =>
        Assert.Equal(HttpStatusCode.OK, await CallAsync("/me/subscriptions", Token(ConsumerAppId)));

    [Fact]
    public async Task ValidToken_OperatorAppRole_ReachesOperatorRoutes()
    {
        Assert.Equal(HttpStatusCode.OK, await CallAsync("/operator/consumers", Token(OperatorAppId, role: "Operator")));
        Assert.Equal(HttpStatusCode.Forbidden, await CallAsync("/operator/consumers", Token(ConsumerAppId)));
    }

    [Fact]
    public async Task ExpiredToken_Returns401WithBearerInvalidToken()
    {
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(ConsumerAppId, expiresIn: TimeSpan.FromMinutes(-10)));
        var response = await client.GetAsync(new Uri("/me/subscriptions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task WrongAudience_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/me/subscriptions", Token(ConsumerAppId, audience: "api://someone-else")));

    [Fact]
    public async Task WrongIssuer_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/me/subscriptions", Token(ConsumerAppId, issuer: "https://login.microsoftonline.com/another-tenant/v2.0")));

    [Fact]
    public async Task TokenSignedByAnotherKey_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/me/subscriptions", Token(ConsumerAppId, key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "tenant-key" })));

    [Fact]
    public async Task UnsignedToken_Returns401()
    {
        var signed = Token(ConsumerAppId).Split('.');
        var unsigned = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + "." + signed[1] + ".";
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/me/subscriptions", unsigned));
    }

    [Fact]
    public async Task EncryptedToken_Returns401()
    {
        var encryption = new EncryptingCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes128CbcHmacSha256);
        var payload = $"{{\"azp\":\"{ConsumerAppId}\",\"aud\":\"{Audience}\",\"iss\":\"{Issuer}\"}}";
        var jwe = new JsonWebTokenHandler().CreateToken(payload, new SigningCredentials(tenantKey, SecurityAlgorithms.RsaSha256), encryption);
        Assert.Equal(5, jwe.Split('.').Length);
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/me/subscriptions", jwe));
    }

    [Fact]
    public async Task UnregisteredAppWithoutRoles_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/me/subscriptions", Token("11111111-2222-3333-4444-555555555555")));
}
