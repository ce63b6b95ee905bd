using System.Net;
using DataZones.Marketplace.Access;

namespace DataZones.Marketplace.Tests.Hosting;

/// <summary>Browser clients from configured origins, as a browser's preflight and request reach the app.</summary>
public sealed class CorsTests
{
    private const string Viewer = "https://viewer.example.org";

    [Fact]
    public async Task ConfiguredOrigin_Preflight_IsAllowedWithTheKeyHeader_WithoutAKey()
    {
        await using var host = await TestHosts.StartAsync(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Viewer });
        using var client = host.Client();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/me/subscriptions");
        preflight.Headers.Add("Origin", Viewer);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key, content-type");

        var response = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Viewer, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains(ApiKeyAuthenticationHandler.HeaderName, string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ConfiguredOrigin_MayReadThePaidCallsHeaders_AnotherOriginGetsNoGrant()
    {
        await using var host = await TestHosts.StartAsync(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = Viewer });
        using var client = host.Client();

        var allowed = await client.SendAsync(Get("/catalog", Viewer));
        var other = await client.SendAsync(Get("/catalog", "https://elsewhere.example"));

        Assert.Equal(Viewer, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        var exposed = string.Join(",", allowed.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("X-Receipt", exposed, StringComparison.Ordinal);
        Assert.Contains("X-Request-Id", exposed, StringComparison.Ordinal);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task NoOriginsConfigured_NoCrossOriginGrant()
    {
        await using var host = await TestHosts.StartAsync();
        using var client = host.Client();

        var response = await client.SendAsync(Get("/catalog", Viewer));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Get(string path, string origin) => new(HttpMethod.Get, path) { Headers = { { "Origin", origin } } };
}
