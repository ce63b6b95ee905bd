using System.Net;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using DataZones.Zones.Ocean.Zarr;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Api;

[Collection(OceanApiCollection.Name)]
public sealed class ExportApiTests(OceanApiFixture fixture)
{
    [Fact]
    public async Task Export_Cube_WritesZarrGroupReadableThroughTheLinkAndBillsPerMegabyte()
    {
        var (_, key) = await fixture.ConsumerAsync(OceanProducts.ExportsProductId);
        using var client = fixture.Host.Client(key);

        var response = await client.PostAsJsonAsync("/zones/ocean/exports", new Dictionary<string, string>
        {
            ["collection"] = TestDataset.Id, ["bbox"] = "120,35,120.6,35.6", ["datetime"] = "2025-01-01/2025-01-04",
            ["parameter-name"] = "sea_surface_temperature",
        });

        var receipt = await JsonAsync(response);
        var bytes = receipt["bytes"]!.GetValue<long>();
        Assert.InRange(bytes, 1, 1_000_000);
        Assert.Equal(1, UnitsCharged(response));
        Assert.Equal([4, 3, 3], new[] { "timeSteps", "latitudes", "longitudes" }.Select(n => receipt[n]!.GetValue<int>()));
        using var plain = new HttpClient();
        var group = receipt["containerUrl"]!.GetValue<string>() + "/" + receipt["group"]!.GetValue<string>();
        var sas = "?" + receipt["sasToken"]!.GetValue<string>();
        var metadata = JsonNode.Parse(await plain.GetStringAsync(group + "/.zmetadata" + sas))!;
        Assert.NotNull(metadata["metadata"]!["sea_surface_temperature/.zarray"]);
        var chunk = await plain.GetByteArrayAsync(group + "/sea_surface_temperature/0.0.0" + sas);
        var values = new float[4 * 3 * 3];
        ZarrChunkCodec.Decode(chunk, ZarrCompressor.Zlib(1), MemoryMarshal.AsBytes(values.AsSpan()));
        Assert.Equal(TestDataset.Value(0, 3, 2, 1), values[3 * 9 + 2 * 3 + 1]);
        var listing = await plain.GetStringAsync(receipt["readLink"]!.GetValue<string>() + "&comp=list");
        Assert.Contains(receipt["group"]!.GetValue<string>() + "/.zmetadata", listing, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await plain.GetAsync(group + "/.zmetadata")).StatusCode);
    }

    [Fact]
    public async Task Export_AsNetCdf_IsOneFileBehindItsLink_TheSameBytesAsTheNetCdfAnswer()
    {
        var (_, key) = await fixture.ConsumerAsync(OceanProducts.ExportsProductId);
        using var client = fixture.Host.Client(key);

        var response = await client.PostAsJsonAsync("/zones/ocean/exports", new Dictionary<string, string>
        {
            ["collection"] = TestDataset.Id, ["bbox"] = "120,35,121.3,35.6", ["datetime"] = "2025-01-01/2025-01-03",
            ["parameter-name"] = "sea_surface_temperature", ["format"] = "NetCDF",
        });

        var receipt = await JsonAsync(response);
        Assert.Equal("netcdf", receipt["format"]!.GetValue<string>());
        Assert.Null(receipt["zarrLink"]);
        using var plain = new HttpClient();
        var file = await plain.GetByteArrayAsync(receipt["netCdfLink"]!.GetValue<string>());
        Assert.Equal(receipt["bytes"]!.GetValue<long>(), file.Length);
        Assert.Equal(UnitsCharged(response), (file.Length + 999_999) / 1_000_000);
        using var queries = await fixture.ClientAsync();
        var answer = await queries.GetByteArrayAsync($"{TestSea}/cube?bbox=120,35,121.3,35.6&datetime=2025-01-01/2025-01-03&parameter-name=sea_surface_temperature&f=NetCDF");
        Assert.Equal(answer, file);
    }

    [Fact]
    public async Task Export_InAnUnknownFormat_Is400NamingTheField()
    {
        var (_, key) = await fixture.ConsumerAsync(OceanProducts.ExportsProductId);
        using var client = fixture.Host.Client(key);

        var response = await client.PostAsJsonAsync("/zones/ocean/exports", new { collection = TestDataset.Id, bbox = "120,35,120.6,35.6", format = "hdf4" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-export");
        Assert.Contains("format", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Units-Charged"));
    }

    [Fact]
    public async Task Export_RestrictedAreaWithoutElevatedGrade_IsMaskedInTheExport()
    {
        var (_, key) = await fixture.ConsumerAsync(OceanProducts.ExportsProductId);
        using var client = fixture.Host.Client(key);

        var response = await client.PostAsJsonAsync("/zones/ocean/exports", new Dictionary<string, string>
        {
            ["collection"] = TestDataset.Id, ["coords"] = "POLYGON((120.9 35.4, 121.3 35.4, 121.3 35.6, 120.9 35.6, 120.9 35.4))",
            ["datetime"] = "2025-01-01", ["parameter-name"] = "sea_surface_temperature",
        });

        var receipt = await JsonAsync(response);
        using var plain = new HttpClient();
        var url = receipt["containerUrl"]!.GetValue<string>() + "/" + receipt["group"]!.GetValue<string>() + "/sea_surface_temperature/0.0.0?" + receipt["sasToken"]!.GetValue<string>();
        var chunkResponse = await plain.GetAsync(url);
        // Every cell is restricted, so the only chunk holds nothing but fill and is not stored at all.
        Assert.Equal(HttpStatusCode.NotFound, chunkResponse.StatusCode);
        // The group says why the cells are empty, so a reader does not take them for land.
        var attributes = JsonNode.Parse(await plain.GetStringAsync(url.Replace("/sea_surface_temperature/0.0.0?", "/.zattrs?", StringComparison.Ordinal)))!;
        Assert.Equal(2, attributes["withheld_cells"]!.GetValue<int>());
        Assert.Equal("restricted-area", attributes["withheld_reason"]!.GetValue<string>());
        Assert.Equal(["Test restricted square"], attributes["withheld_areas"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task Export_OverTheMaximum_Is413AndNotBilled()
    {
        var (_, key) = await fixture.ConsumerAsync(OceanProducts.ExportsProductId);
        using var client = fixture.Host.Client(key);

        var response = await client.PostAsJsonAsync("/zones/ocean/exports", new { collection = "qingdao-daily", bbox = "119,34,123,38" });

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "ocean-export-too-large");
        Assert.Equal(365L * 9 * 13 * 4, problem["valuesRead"]!.GetValue<long>());
    }

    [Fact]
    public async Task Export_WithoutArea_Is400()
    {
        var (_, key) = await fixture.ConsumerAsync(OceanProducts.ExportsProductId);
        using var client = fixture.Host.Client(key);

        var response = await client.PostAsJsonAsync("/zones/ocean/exports", new { collection = TestDataset.Id });

        await ProblemAsync(response, HttpStatusCode.BadRequest, "ocean-invalid-export");
    }

    [Fact]
    public async Task Export_MalformedBody_Is400NamingTheField_AndIsNotLoggedAsAnError()
    {
        var (_, key) = await fixture.ConsumerAsync(OceanProducts.ExportsProductId);
        using var client = fixture.Host.Client(key);

        var response = await client.PostAsync("/zones/ocean/exports",
            new StringContent("""{"collection": "test-sea", "bbox": [120, 35, 121, 36]}""", System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "bad-request");
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["field"]!.GetValue<string>() == "bbox");
        // The fixture's log is shared by its tests: no Error line may be about this body.
        Assert.DoesNotContain(fixture.Host.Logs.Lines, l => (l.Contains(" Error: ", StringComparison.Ordinal) || l.Contains(" Critical: ", StringComparison.Ordinal))
            && l.Contains("bbox", StringComparison.Ordinal));
    }
}
