using System.Net;
using System.Text.Json.Nodes;
using DataZones.Zones.Ocean.Output;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Api;

[Collection(OceanApiCollection.Name)]
public sealed class QueryApiTests(OceanApiFixture fixture)
{
    [Fact]
    public async Task Position_CoverageJson_ReturnsTimeSeriesInDocumentedStructureAndBillsPerValue()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + "/position?coords=POINT(120.5 35.75)&datetime=2025-01-03/2025-01-05&parameter-name=sea_surface_temperature");

        var coverage = await JsonAsync(response);
        Assert.Equal(CoverageJsonWriter.MediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Coverage", coverage["type"]!.GetValue<string>());
        var domain = coverage["domain"]!;
        Assert.Equal("Domain", domain["type"]!.GetValue<string>());
        Assert.Equal("Grid", domain["domainType"]!.GetValue<string>());
        Assert.Equal(120.5, domain["axes"]!["x"]!["values"]![0]!.GetValue<double>());
        Assert.Equal(35.75, domain["axes"]!["y"]!["values"]![0]!.GetValue<double>());
        Assert.Equal(["2025-01-03T00:00:00Z", "2025-01-04T00:00:00Z", "2025-01-05T00:00:00Z"],
            domain["axes"]!["t"]!["values"]!.AsArray().Select(t => t!.GetValue<string>()));
        var referencing = domain["referencing"]!.AsArray();
        Assert.Contains(referencing, r => r!["system"]!["id"]?.GetValue<string>() == "http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        Assert.Contains(referencing, r => r!["system"]!["type"]!.GetValue<string>() == "TemporalRS");
        var parameter = coverage["parameters"]!["sea_surface_temperature"]!;
        Assert.Equal("Parameter", parameter["type"]!.GetValue<string>());
        Assert.Equal("degC", parameter["unit"]!["symbol"]!.GetValue<string>());
        var range = coverage["ranges"]!["sea_surface_temperature"]!;
        Assert.Equal("NdArray", range["type"]!.GetValue<string>());
        Assert.Equal("float", range["dataType"]!.GetValue<string>());
        Assert.Equal(["t", "y", "x"], range["axisNames"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal([3, 1, 1], range["shape"]!.AsArray().Select(a => a!.GetValue<int>()));
        Assert.Equal([232f, 332f, 432f], Values(coverage, "sea_surface_temperature"));
        Assert.Equal(3, UnitsCharged(response));
    }

    [Fact]
    public async Task Cube_Csv_ReturnsOneRowPerCellWithParametersInAskedOrder()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + "/cube?bbox=120,35,120.3,35.3&datetime=2025-01-02"
            + "&parameter-name=sea_surface_wave_significant_height,sea_surface_temperature&f=CSV");

        var rows = await CsvRowsAsync(response);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("attachment", $"{TestDataset.Id}-cube.csv"), (response.Content.Headers.ContentDisposition!.DispositionType, response.Content.Headers.ContentDisposition.FileName));
        Assert.Equal("time,latitude,longitude,sea_surface_wave_significant_height,sea_surface_temperature", rows[0]);
        Assert.Equal(["2025-01-02T00:00:00Z,35,120,1100,100", "2025-01-02T00:00:00Z,35,120.25,1101,101",
            "2025-01-02T00:00:00Z,35.25,120,1110,110", "2025-01-02T00:00:00Z,35.25,120.25,1111,111"], rows[1..]);
        Assert.Equal(8, UnitsCharged(response));
    }

    [Fact]
    public async Task Area_Csv_ReturnsOnlyCellsWhoseCentresAreInsideOrOnThePolygon()
    {
        using var client = await fixture.ClientAsync();

        // The hypotenuse lon + lat = 155.5 passes through three cell centres, which count as inside.
        var response = await client.GetAsync(TestSea + "/area?coords=POLYGON((119.9 34.9, 120.6 34.9, 119.9 35.6, 119.9 34.9))"
            + "&datetime=2025-01-01T00:00:00Z&parameter-name=sea_surface_temperature&f=csv");

        var rows = await CsvRowsAsync(response);
        Assert.Equal(["0", "1", "2", "10", "11", "20"], rows[1..].Select(r => r.Split(',')[3]));
        Assert.Equal(6, UnitsCharged(response));
    }

    [Fact]
    public async Task Area_CoverageJson_MasksCellsOutsideThePolygonWithNull()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + "/area?coords=POLYGON((119.9 34.9, 120.6 34.9, 119.9 35.6, 119.9 34.9))"
            + "&datetime=2025-01-01&parameter-name=sea_surface_temperature");

        var coverage = await JsonAsync(response);
        Assert.Equal([0f, 1f, 2f, 10f, 11f, null, 20f, null, null], Values(coverage, "sea_surface_temperature"));
        Assert.Equal(6, UnitsCharged(response));
    }

    [Theory]
    [InlineData("2025-01-03T00:00:00Z", new[] { 200 })]
    [InlineData("2025-01-03T10:00:00Z", new[] { 200 })] // nearest step
    [InlineData("2025-01-04", new[] { 300 })] // a date is its whole UTC day
    [InlineData("2025-01-02/2025-01-04", new[] { 100, 200, 300 })]
    [InlineData("../2025-01-02", new[] { 0, 100 })]
    [InlineData("2025-01-09T00:00:00Z/..", new[] { 800, 900 })]
    public async Task Position_DatetimeForms_SelectTheDocumentedSteps(string datetime, int[] expected)
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + $"/position?coords=POINT(120 35)&datetime={Uri.EscapeDataString(datetime)}&parameter-name=sea_surface_temperature&f=CSV");

        var rows = await CsvRowsAsync(response);
        Assert.Equal(expected.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows[1..].Select(r => r.Split(',')[3]));
    }

    [Fact]
    public async Task Position_WithoutParameterName_ReturnsEveryParameter()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + "/position?coords=POINT(120 35)&datetime=2025-01-01");

        var coverage = await JsonAsync(response);
        Assert.Equal(["sea_surface_temperature", "sea_surface_wave_significant_height"],
            coverage["ranges"]!.AsObject().Select(p => p.Key));
        Assert.Equal(2, UnitsCharged(response));
    }

    [Fact]
    public async Task Position_TemporalMean_ReturnsOneMeanWithTimeBounds()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync(TestSea + "/position?coords=POINT(120 35)&parameter-name=sea_surface_temperature&aggregate=temporal-mean");

        var coverage = await JsonAsync(response);
        Assert.Equal([450f], Values(coverage, "sea_surface_temperature"));
        Assert.Equal(["2025-01-01T00:00:00Z", "2025-01-10T00:00:00Z"],
            coverage["domain"]!["axes"]!["t"]!["bounds"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(1, UnitsCharged(response));
    }

    [Fact]
    public async Task Cube_OnTheDemoDataset_ReturnsPlausibleTemperatures()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync("/zones/ocean/collections/qingdao-daily/cube?bbox=121.5,35,122.5,36&datetime=2025-08-01&parameter-name=sea_surface_temperature");

        var values = Values(await JsonAsync(response), "sea_surface_temperature").Where(v => v is not null).ToArray();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.InRange(v!.Value, 18f, 32f));
    }

    [Fact]
    public async Task Query_WithoutCredential_Is401()
    {
        using var client = fixture.Host.Client();

        var response = await client.GetAsync(TestSea + "/position?coords=POINT(120 35)");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("/problems/unauthenticated", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
    }
}
