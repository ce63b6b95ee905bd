using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Tests.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DataZones.Marketplace.Tests.Access;

/// <summary>Entra ID tokens that are refused: each a 401 problem, and never an error in the log.</summary>
public sealed class EntraIdRefusalTests : IAsyncLifetime
{
    private EntraTestHost entra = null!;

    public async Task InitializeAsync() => entra = await EntraTestHost.StartAsync();

    public async Task DisposeAsync() => await entra.DisposeAsync();

    private Dictionary<string, object> Claims() => entra.Claims(EntraTestHost.ConsumerAppId);

    private long Now(TimeSpan offset) => entra.Host.Clock.GetUtcNow().Add(offset).ToUnixTimeSeconds();

    private async Task<HttpStatusCode> StatusAsync(string token) => (await entra.GetAsync("/me/subscriptions", token)).StatusCode;

    private async Task AssertRefusedAsync(string token)
    {
        var response = await entra.GetAsync("/me/subscriptions", token);
        await ProblemAssert.IsAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal("Bearer error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task ExpiredToken_Returns401ProblemWithBearerInvalidToken()
    {
        var claims = Claims();
        claims["exp"] = Now(TimeSpan.FromMinutes(-10));
        await AssertRefusedAsync(entra.Tenant.Sign(claims));
    }

    [Fact]
    public async Task ExpiredWithinClockSkew_IsAccepted()
    {
        var claims = Claims();
        claims["exp"] = Now(TimeSpan.FromMinutes(-1));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(entra.Tenant.Sign(claims)));
    }

    [Fact]
    public async Task NotYetValidToken_Returns401_UntilThePlatformClockReachesIt()
    {
        var claims = Claims();
        claims["nbf"] = claims["iat"] = Now(TimeSpan.FromMinutes(10));
        var token = entra.Tenant.Sign(claims);
        await AssertRefusedAsync(token);

        entra.Host.Clock.Advance(TimeSpan.FromMinutes(9)); // within the two minutes' clock skew of nbf
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(token));
    }

    [Fact]
    public async Task TokenWithoutExpiry_Returns401()
    {
        var claims = Claims();
        claims.Remove("exp");
        await AssertRefusedAsync(entra.Tenant.Sign(claims));
    }

    [Fact]
    public async Task WrongAudience_Returns401()
    {
        var claims = Claims();
        claims["aud"] = "api://someone-else";
        await AssertRefusedAsync(entra.Tenant.Sign(claims));
    }

    [Fact]
    public async Task WrongIssuer_Returns401()
    {
        // Every tenant's tokens are signed with the same Entra ID keys: only the issuer tells this tenant's apart.
        var claims = Claims();
        claims["iss"] = "https://login.microsoftonline.com/another-tenant/v2.0";
        await AssertRefusedAsync(entra.Tenant.Sign(claims));
    }

    [Fact]
    public async Task TokenSignedByAnotherKey_Returns401()
    {
        using var other = RSA.Create(2048);
        await AssertRefusedAsync(entra.Tenant.Sign(Claims(), other));
    }

    [Fact]
    public async Task UnsignedToken_Returns401()
    {
        var signed = entra.Tenant.Sign(Claims()).Split('.');
        var unsigned = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + "." + signed[1] + ".";
        await AssertRefusedAsync(unsigned);
    }

    [Fact]
    public async Task KeyConfusion_Hs256KeyedWithThePublishedRsaKey_Returns401()
    {
        // The classic attack: the public key, in any of its usual encodings, used as an HMAC secret.
        var key = entra.Tenant.SigningKey;
        foreach (var secret in new[] { Encoding.ASCII.GetBytes(key.ExportSubjectPublicKeyInfoPem()), key.ExportSubjectPublicKeyInfo(), key.ExportRSAPublicKey() })
        {
            await AssertRefusedAsync(EntraTestTenant.SignHs256(Claims(), secret));
        }
    }

    [Fact]
    public async Task KeysNamedByTheToken_JkuX5uOrJwk_AreNeitherFetchedNorTrusted()
    {
        using var elsewhere = new TcpListener(IPAddress.Loopback, 0);
        elsewhere.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)elsewhere.LocalEndpoint).Port}/keys";
        using var attacker = RSA.Create(2048);
        var published = EntraTestTenant.PublicJwk(attacker, "attacker-key");
        var header = new Dictionary<string, object>
        {
            ["kid"] = "attacker-key",
            ["jku"] = address,
            ["x5u"] = address + "/cert.pem",
            ["jwk"] = new Dictionary<string, string> { ["kty"] = "RSA", ["kid"] = "attacker-key", ["n"] = published.N, ["e"] = published.E },
        };

        await AssertRefusedAsync(entra.Tenant.Sign(Claims(), attacker, header));
        Assert.False(elsewhere.Pending(), "the token's key location was contacted");
    }

    [Fact]
    public async Task EncryptedToken_Returns401()
    {
        var encryption = new EncryptingCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes128CbcHmacSha256);
        var payload = $"{{\"azp\":\"{EntraTestHost.ConsumerAppId}\",\"aud\":\"{EntraTestTenant.Audience}\",\"iss\":\"{EntraTestTenant.Issuer}\",\"exp\":{Now(TimeSpan.FromHours(1))}}}";
        var signing = new SigningCredentials(new RsaSecurityKey(entra.Tenant.SigningKey) { KeyId = EntraTestTenant.KeyId }, SecurityAlgorithms.RsaSha256);
        var jwe = new JsonWebTokenHandler().CreateToken(payload, signing, encryption);
        Assert.Equal(5, jwe.Split('.').Length);
        await AssertRefusedAsync(jwe);
    }

    [Theory]
    [InlineData(EntraIdBearerSetup.TokenLengthMax + 1)]
    [InlineData(40 * 1024)] // past Kestrel's default 32 KB of request headers, which once answered a bare 431
    public async Task TokenLongerThanTheMaximum_Returns401Problem_AndIsNotParsed(int length)
    {
        var claims = Claims();
        claims["pad"] = "";
        var padding = length - entra.Tenant.Sign(claims).Length;
        claims["pad"] = new string('x', padding * 3 / 4 + 1); // base64url grows the payload by 4/3
        var token = entra.Tenant.Sign(claims);
        Assert.InRange(token.Length, length, length + 8);

        await AssertRefusedAsync(token);
        Assert.Contains(entra.Host.Logs.Lines, l => l.Contains($"Bearer token refused: {token.Length} characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefusedTokens_AreLoggedBelowErrorAndNeverWrittenToTheLog()
    {
        var claims = Claims();
        claims["exp"] = Now(TimeSpan.FromMinutes(-10));
        using var other = RSA.Create(2048);
        string[] tokens =
        [
            entra.Tenant.Sign(claims), entra.Tenant.Sign(Claims(), other), EntraTestTenant.SignHs256(Claims(), entra.Tenant.SigningKey.ExportRSAPublicKey()),
            "not-a-token", "a.b.c", entra.Tenant.Sign(entra.Claims(EntraTestHost.UnregisteredAppId)),
        ];
        foreach (var token in tokens) Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(token));

        var lines = entra.Host.Logs.Lines;
        Assert.DoesNotContain(lines, l => l.Contains(" Error: ", StringComparison.Ordinal) || l.Contains(" Critical: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Failed to validate the token", StringComparison.Ordinal));
        foreach (var token in tokens.Where(t => t.Length > 20))
        {
            Assert.DoesNotContain(lines, l => l.Contains(token.Split('.')[^1], StringComparison.Ordinal));
        }
    }
}
