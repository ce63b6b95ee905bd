using System.Net;
using System.Text.Json.Nodes;
using DataZones.Functions.Hosting;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Hosting;

namespace DataZones.Functions.Tests.Hosting;

/// <summary>
/// Through a real Kestrel port (the in-process test server has no server limits): an over-long bearer token or
/// address is the app's to refuse, with a problem, up to the raised server limits; beyond them, and for request lines
/// the server cannot parse, the server answers alone (as docs/problems.md lists).
/// </summary>
public sealed class RequestLimitTests
{
    private static AppFactory StartOnKestrel()
    {
        var factory = new AppFactory("Production", new Dictionary<string, string?>
        {
            ["EntraId:TenantId"] = "5a1e0c3e-9a55-4b6e-8a44-2f7f2d4c0b11",
            ["EntraId:Audience"] = "api://datazones",
            // Nothing here may fetch metadata; if something did, it would fail at once.
            ["EntraId:Instance"] = "https://login.invalid/",
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private static async Task<HttpResponseMessage> GetWithBearerAsync(AppFactory factory, int tokenLength)
    {
        using var client = factory.CreateClient();
        var token = new string('a', tokenLength - 4) + ".b.c";
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return await client.GetAsync(new Uri("/me/subscriptions", UriKind.Relative));
    }

    [Fact]
    public async Task BearerTokenOver32KB_Returns401Problem_Not431()
    {
        await using var factory = StartOnKestrel();
        Assert.Equal("127.0.0.1", factory.ClientOptions.BaseAddress.Host); // a real port, not the in-process server

        var response = await GetWithBearerAsync(factory, 40 * 1024);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/problems/unauthenticated", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
        Assert.Equal("Bearer error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task HeadersOverTheRaisedLimit_AreStillRefusedByTheServer()
    {
        Assert.True(EntraIdBearerSetup.TokenLengthMax < RequestLimits.HeadersTotalBytesMax / 2);
        await using var factory = StartOnKestrel();

        var response = await GetWithBearerAsync(factory, RequestLimits.HeadersTotalBytesMax + 1);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AddressOverTheAppsLimit_Returns414Problem()
    {
        await using var factory = StartOnKestrel();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/catalog?q=" + new string('x', RequestTargetLimit.TargetBytesMax), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/problems/uri-too-long", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddressOverTheServersLimit_IsRefusedByTheServerAlone()
    {
        Assert.True(RequestTargetLimit.TargetBytesMax < RequestLimits.RequestLineBytesMax / 2);
        await using var factory = StartOnKestrel();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/catalog?q=" + new string('x', RequestLimits.RequestLineBytesMax), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task EncodedNulInThePath_IsRefusedByTheServerAlone()
    {
        await using var factory = StartOnKestrel();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/catalog%00", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? (await response.Content.ReadAsByteArrayAsync()).Length);
    }
}
