using System.Net;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Api;

[Collection(OceanApiCollection.Name)]
public sealed class QueryProblemTests(OceanApiFixture fixture)
{
    [Theory]
    [InlineData("/position?coords=POINT(120 35", "ocean-malformed-wkt")]
    [InlineData("/area?coords=POLYGON((120 35, 121 35, 120 35))", "ocean-polygon-too-few-points")]
    [InlineData("/position?coords=POINT(120 95)", "ocean-latitude-out-of-range")]
    [InlineData("/cube?bbox=120,35,121,91", "ocean-latitude-out-of-range")]
    [InlineData("/position?coords=POINT(120 35)&datetime=2025-01-05/2025-01-02", "ocean-reversed-interval")]
    [InlineData("/position?coords=POINT(120 35)&datetime=yesterday", "ocean-malformed-datetime")]
    [InlineData("/position?coords=POINT(120 35)&parameter-name=sea_ice_area", "ocean-unknown-parameter")]
    [InlineData("/position?coords=POINT(130 30)", "ocean-outside-extent")]
    [InlineData("/cube", "ocean-missing-bbox")]
    [InlineData("/position?coords=POINT(120 35)&aggregate=median", "ocean-unknown-aggregation")]
    [InlineData("/position?coords=POINT(120 35)&crs=EPSG:3857", "ocean-unsupported-crs")]
    [InlineData("/cube?bbox=120,35,121,36&resolution-x=0.5", "ocean-resolution-not-supported")]
    public async Task Query_BadInput_Is400WithStableTypeAndNotBilled(string query, string type)
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + query);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, type);
        Assert.Contains(problem["errors"]!.AsArray(), e => "ocean-" + e!["rule"]!.GetValue<string>() == type);
    }

    [Theory]
    [InlineData("CRS84")]
    [InlineData("http://www.opengis.net/def/crs/OGC/1.3/CRS84")]
    public async Task Query_InCrs84ByAnyOfItsNames_IsAnswered(string crs)
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + "/position?coords=POINT(120 35)&crs=" + Uri.EscapeDataString(crs));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Query_SeveralProblems_ListsEachWithItsCode()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + "/position?coords=POINT(120 95)&datetime=2025-01-05/2025-01-02&parameter-name=nope");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-query");
        Assert.Equal(["latitude-out-of-range", "reversed-interval", "unknown-parameter"],
            problem["errors"]!.AsArray().Select(e => e!["rule"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Query_UnknownFormat_Is400()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + "/position?coords=POINT(120 35)&f=GRIB2");

        await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-unknown-format");
    }

    [Fact]
    public async Task Query_UnknownCollection_Is404()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync("/zones/ocean/collections/no-such-sea/position?coords=POINT(120 35)");

        await ProblemAsync(response, HttpStatusCode.NotFound, "ocean-collection-not-found");
    }

    [Fact]
    public async Task Cube_OverTheMaximum_Is413WithTheCountAndHowToNarrow()
    {
        using var client = await fixture.ClientAsync();

        // The coarse demo year: 365 days × 9 × 13 cells × 4 parameters.
        var response = await client.GetAsync("/zones/ocean/collections/qingdao-daily/cube?bbox=119,34,123,38");

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "ocean-too-many-values");
        Assert.Equal(365L * 9 * 13 * 4, problem["valuesRead"]!.GetValue<long>());
        Assert.Equal(OceanApiFixture.ValuesPerRequestMax, problem["valuesMax"]!.GetValue<long>());
        Assert.Contains("datetime", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(problem["narrowWith"]!.AsArray(), n => n!.GetValue<string>() == "parameter-name");
    }

    [Fact]
    public async Task Cube_NarrowedBelowTheMaximum_IsAnswered()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync("/zones/ocean/collections/qingdao-daily/cube?bbox=119,34,123,38&datetime=2025-01-01/2025-01-31&parameter-name=wind_speed&f=CSV");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Two of the 117 cells lie in the demo's restricted zone, withheld from this consumer and not billed.
        Assert.Equal(31L * (9 * 13 - 2), UnitsCharged(response));
    }
}
