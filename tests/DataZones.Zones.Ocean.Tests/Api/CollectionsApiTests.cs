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
        Assert.Equal("°C", sst["unit"]!["symbol"]!.GetValue<string>());
        Assert.Equal("m", body["parameter_names"]!["sea_surface_wave_significant_height"]!["unit"]!["symbol"]!.GetValue<string>());
        Assert.Equal(["position", "area", "cube"], body["data_queries"]!.AsObject().Select(q => q.Key));
        Assert.Equal("Test restricted square", body["restricted_areas"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Collection_Unknown_Is404Problem()
    {
        using var client = fixture.Host.Client();

        var response = await client.GetAsync("/zones/ocean/collections/Not_An_Id");

        await ProblemAsync(response, HttpStatusCode.NotFound, "ocean-collection-not-found");
    }
}
