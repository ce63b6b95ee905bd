using System.Net;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Api;

[Collection(OceanApiCollection.Name)]
public sealed class CollectionsApiTests(OceanApiFixture fixture)
{
    [Fact]
    public async Task Collections_Anonymous_ListsPublishedDatasets()
    {
        using var client = fixture.Host.Client();

        var body = await JsonAsync(await client.GetAsync("/zones/ocean/collections"));

        var ids = body["collections"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(TestDataset.Id, ids);
        Assert.Contains("qingdao-daily", ids);
    }

    [Fact]
    public async Task Collection_Anonymous_DescribesExtentParametersCrsAndQueries()
    {
        using var client = fixture.Host.Client();

        var body = await JsonAsync(await client.GetAsync(TestSea));

        Assert.Equal([119.875, 34.875, 121.375, 36.125], body["extent"]!["spatial"]!["bbox"]![0]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal("http://www.opengis.net/def/crs/OGC/1.3/CRS84", body["extent"]!["spatial"]!["crs"]!.GetValue<string>());
        Assert.Equal(["2025-01-01T00:00:00Z", "2025-01-10T00:00:00Z"],
            body["extent"]!["temporal"]!["interval"]![0]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("R10/2025-01-01T00:00:00Z/P1D", body["extent"]!["temporal"]!["values"]![0]!.GetValue<string>());
        var sst = body["parameter_names"]!["sea_surface_temperature"]!;
        Assert.Equal("degC", sst["unit"]!["symbol"]!.GetValue<string>());
        Assert.Equal("m", body["parameter_names"]!["sea_surface_wave_significant_height"]!["unit"]!["symbol"]!.GetValue<string>());
        Assert.Equal(["position", "area", "cube"], body["data_queries"]!.AsObject().Select(q => q.Key));
        Assert.Equal("Test restricted square", body["restricted_areas"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Collection_LinksCarryRelTypeAndTitle_AndQueriesDescribeThemselves()
    {
        using var client = fixture.Host.Client();

        var body = await JsonAsync(await client.GetAsync(TestSea));

        var links = body["links"]!.AsArray().Select(l => l!).ToList();
        Assert.All(links, l => Assert.All(new[] { "href", "rel", "type", "title" }, m => Assert.False(string.IsNullOrEmpty(l[m]?.GetValue<string>()), m)));
        Assert.Equal(TestSea, links.Single(l => l["rel"]!.GetValue<string>() == "self")["href"]!.GetValue<string>());
        Assert.Equal([TestSea + "/position", TestSea + "/area", TestSea + "/cube"],
            links.Where(l => l["rel"]!.GetValue<string>() == "data").Select(l => l["href"]!.GetValue<string>()));
        foreach (var (name, query) in body["data_queries"]!.AsObject())
        {
            var link = query!["link"]!;
            Assert.Equal("application/prs.coverage+json", link["type"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(link["title"]!.GetValue<string>()));
            Assert.Equal(name, link["variables"]!["query_type"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(link["variables"]!["title"]!.GetValue<string>()));
            Assert.False(string.IsNullOrEmpty(link["variables"]!["description"]!.GetValue<string>()));
        }
        Assert.Equal(["m"], body["data_queries"]!["cube"]!["link"]!["variables"]!["height_units"]!.AsArray().Select(u => u!.GetValue<string>()));
        var keywords = body["keywords"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        Assert.Contains("ocean", keywords);
        Assert.Contains("sea_surface_temperature", keywords);
    }

    [Fact]
    public async Task Landing_Anonymous_LinksTheDefinitionConformanceAndCollections()
    {
        using var client = fixture.Host.Client();

        var body = await JsonAsync(await client.GetAsync("/zones/ocean"));

        var links = body["links"]!.AsArray().ToDictionary(l => l!["rel"]!.GetValue<string>(), l => l!);
        Assert.Equal(["self", "service-desc", "service-doc", "conformance", "data"], links.Keys);
        Assert.Equal("/openapi/v1.json", links["service-desc"]["href"]!.GetValue<string>());
        Assert.StartsWith("application/vnd.oai.openapi+json", links["service-desc"]["type"]!.GetValue<string>());
        Assert.Equal("/zones/ocean/conformance", links["conformance"]["href"]!.GetValue<string>());
        Assert.Equal("/zones/ocean/collections", links["data"]["href"]!.GetValue<string>());
        Assert.All(links.Values, l => Assert.False(string.IsNullOrEmpty(l["title"]?.GetValue<string>())));
        Assert.False(string.IsNullOrEmpty(body["title"]!.GetValue<string>()));
        // Every link into the zone leads somewhere real (the API definition is the app's, tested with it).
        foreach (var href in links.Values.Select(l => l["href"]!.GetValue<string>()).Where(h => h.StartsWith("/zones/ocean", StringComparison.Ordinal)))
        {
            Assert.True((await client.GetAsync(href)).IsSuccessStatusCode, href);
        }
    }

    [Fact]
    public async Task Conformance_ClaimsExactlyTheClassesImplemented()
    {
        using var client = fixture.Host.Client();

        var body = await JsonAsync(await client.GetAsync("/zones/ocean/conformance"));

        Assert.Equal(
        [
            "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-common-2/1.0/conf/collections",
            "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/collections",
            "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/json",
            "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/covjson",
            "http://www.opengis.net/spec/ogcapi-edr-1/1.0/conf/oas30",
        ], body["conformsTo"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task Collection_Unknown_Is404Problem()
    {
        using var client = fixture.Host.Client();

        var response = await client.GetAsync("/zones/ocean/collections/Not_An_Id");

        await ProblemAsync(response, HttpStatusCode.NotFound, "ocean-collection-not-found");
    }
}
