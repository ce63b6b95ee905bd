using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Persistence;
using DataZones.Zones.Ocean.Exports;
using Microsoft.Extensions.DependencyInjection;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Api;

/// <summary>An export's Zarr link: each key redirects to a short-lived link for that one blob; nothing else is reachable.</summary>
[Collection(OceanApiCollection.Name)]
public sealed class ExportLinkTests(OceanApiFixture fixture)
{
    [Fact]
    public async Task ZarrLink_EachKeyRedirectsToItsBlob_ForGetAndHead()
    {
        var link = await ExportAsync();
        using var anonymous = fixture.Host.Client();
        using var plain = new HttpClient();

        var get = await anonymous.GetAsync(link + "/.zmetadata");
        var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, link + "/sea_surface_temperature/.zarray"));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, get.StatusCode);
        Assert.Equal("no-store", get.Headers.CacheControl!.ToString());
        var metadata = JsonNode.Parse(await plain.GetStringAsync(get.Headers.Location))!;
        Assert.NotNull(metadata["metadata"]!["sea_surface_temperature/.zarray"]);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, head.StatusCode);
        Assert.Contains("sp=r", head.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("sp=rl", head.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await plain.SendAsync(new HttpRequestMessage(HttpMethod.Head, head.Headers.Location))).StatusCode);
    }

    [Theory]
    [InlineData("/../other/.zmetadata")]
    [InlineData("/%2e%2e/other/.zmetadata")]
    [InlineData("/sea_surface_temperature//0.0.0")]
    [InlineData("/a%3Fcomp=list")]
    [InlineData("/")]
    public async Task ZarrLink_PathThatIsNotAZarrKey_Is400(string suffix)
    {
        var link = await ExportAsync();
        using var anonymous = fixture.Host.Client();

        var response = await anonymous.GetAsync(link + suffix);

        Assert.NotEqual(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, response.StatusCode.ToString());
    }

    [Fact]
    public async Task ZarrLink_NotAKey_Is400Problem()
    {
        var link = await ExportAsync();
        using var anonymous = fixture.Host.Client();

        await ProblemAsync(await anonymous.GetAsync(link + "/a%3Fcomp=list"), HttpStatusCode.BadRequest, "ocean-invalid-export-key");
    }

    [Fact]
    public async Task ZarrLink_UnknownOrTampered_Is404Problem()
    {
        var link = await ExportAsync();
        using var anonymous = fixture.Host.Client();
        var token = link.Split('/')[^1];
        var tampered = link[..^token.Length] + (token[0] == 'A' ? 'B' : 'A') + token[1..];

        await ProblemAsync(await anonymous.GetAsync(tampered + "/.zmetadata"), HttpStatusCode.NotFound, "ocean-export-link-not-found");
        await ProblemAsync(await anonymous.GetAsync("/zones/ocean/exports/links/short/.zmetadata"), HttpStatusCode.NotFound, "ocean-export-link-not-found");
    }

    [Fact]
    public async Task ZarrLink_ExpiresWithTheExport_AndIsGoneOnceSwept()
    {
        var clock = new DataZones.Testing.ManualClock(DateTimeOffset.UtcNow);
        var links = new ExportLinks(fixture.Host.Services.GetRequiredService<PlatformTables>(), clock);
        var token = await links.CreateAsync("consumer-a", "export-1", clock.GetUtcNow().AddHours(1), CancellationToken.None);

        Assert.Equal("export-1", (await links.FindAsync(token, CancellationToken.None))!.ExportId);
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Null(await links.FindAsync(token, CancellationToken.None));
        clock.Advance(TimeSpan.FromHours(-2));
        await links.RemoveAsync("consumer-a", "export-1", CancellationToken.None);
        Assert.Null(await links.FindAsync(token, CancellationToken.None));
    }

    private async Task<string> ExportAsync()
    {
        var (_, key) = await fixture.ConsumerAsync(OceanProducts.ExportsProductId);
        using var client = fixture.Host.Client(key);
        var response = await client.PostAsJsonAsync("/zones/ocean/exports", new Dictionary<string, string>
        {
            ["collection"] = TestDataset.Id, ["bbox"] = "120,35,120.6,35.6", ["datetime"] = "2025-01-01/2025-01-02",
            ["parameter-name"] = "sea_surface_temperature",
        });
        var receipt = await JsonAsync(response);
        var link = receipt["zarrLink"]!.GetValue<string>();
        Assert.StartsWith("http://localhost/zones/ocean/exports/links/", link);
        return new Uri(link).AbsolutePath;
    }
}
