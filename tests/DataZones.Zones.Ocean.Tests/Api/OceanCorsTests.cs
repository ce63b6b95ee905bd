using DataZones.Testing;

namespace DataZones.Zones.Ocean.Tests.Api;

/// <summary>With cross-origin access on, a browser client may read the ocean zone's own headers too.</summary>
public sealed class OceanCorsTests
{
    [Fact]
    public async Task AllowedOrigin_MayReadTheWithheldHeaders_BesideThePlatformsOwn()
    {
        await using var host = await MarketplaceTestHost.StartAsync((services, config) => services.AddOceanZone(config), endpoints => endpoints.MapOceanZone(),
            new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://viewer.example.org" });
        using var client = host.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/zones/ocean/conformance");
        request.Headers.Add("Origin", "https://viewer.example.org");

        var response = await client.SendAsync(request);

        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")).Split(',').Select(h => h.Trim()).ToList();
        Assert.Contains("Ocean-Withheld-Cells", exposed);
        Assert.Contains("Ocean-Withheld-Reason", exposed);
        Assert.Contains("X-Receipt", exposed);
    }
}
