using System.Net;
using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Api;

/// <summary>ERDDAP griddap-style requests through the paid pipeline.</summary>
[Collection(OceanApiCollection.Name)]
public sealed class GriddapApiTests(OceanApiFixture fixture)
{
    private const string Constraints = "sea_surface_temperature[(2025-01-02T00:00:00Z):1:(2025-01-03T00:00:00Z)][(35):1:(35.25)][(120):1:(120.25)]";

    [Fact]
    public async Task Csv_HasErddapsUnitsRow_AndTheCubesValues_BilledPerValue()
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync($"/zones/ocean/griddap/{TestDataset.Id}.csv?{Constraints}");

        var lines = (await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal("time,latitude,longitude,sea_surface_temperature", lines[0]);
        Assert.Equal("UTC,degrees_north,degrees_east,degC", lines[1]);
        Assert.Equal("2025-01-02T00:00:00Z,35,120,100", lines[2]);
        Assert.Equal("2025-01-03T00:00:00Z,35.25,120.25,211", lines[^1]);
        Assert.Equal(2 + 2 * 2 * 2, lines.Length);
        Assert.Equal(8, UnitsCharged(response));
        Assert.Equal($"{TestDataset.Id}.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public async Task Csvp_PutsUnitsInTheHeader_AndJsonIsErddapsTable_AndNcIsNetCdf()
    {
        using var client = await fixture.ClientAsync();

        var csvp = await client.GetStringAsync($"/zones/ocean/griddap/{TestDataset.Id}.csvp?{Constraints}");
        var json = await JsonAsync(await client.GetAsync($"/zones/ocean/griddap/{TestDataset.Id}.json?{Constraints}"));
        var nc = await client.GetByteArrayAsync($"/zones/ocean/griddap/{TestDataset.Id}.nc?{Constraints}");

        Assert.StartsWith("time (UTC),latitude (degrees_north),longitude (degrees_east),sea_surface_temperature (degC)\n2025-01-02T00:00:00Z,", csvp);
        var table = json["table"]!;
        Assert.Equal(["time", "latitude", "longitude", "sea_surface_temperature"], table["columnNames"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("degC", table["columnUnits"]![3]!.GetValue<string>());
        Assert.Equal(8, table["rows"]!.AsArray().Count);
        Assert.Equal(100, table["rows"]![0]![3]!.GetValue<double>());
        Assert.Equal("CDF\u0002"u8.ToArray(), nc[..4]);
    }

    [Fact]
    public async Task Strides_AnswerEveryNthIndex_WithTheSameValues_BilledForWhatIsAnswered()
    {
        using var client = await fixture.ClientAsync();
        const string Every = "sea_surface_temperature[(2025-01-01T00:00:00Z):1:(2025-01-05T00:00:00Z)][(35):1:(35.5)][(120):1:(120.25)]";
        const string Strided = "sea_surface_temperature[(2025-01-01T00:00:00Z):2:(2025-01-05T00:00:00Z)][(35):2:(35.5)][(120):1:(120.25)]";

        var all = Rows(await client.GetStringAsync($"/zones/ocean/griddap/{TestDataset.Id}.csv?{Every}"));
        var response = await client.GetAsync($"/zones/ocean/griddap/{TestDataset.Id}.csv?{Strided}");
        var thinned = Rows(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync());

        Assert.Equal(3 * 2 * 2, thinned.Count);
        Assert.Equal(["2025-01-01T00:00:00Z", "2025-01-03T00:00:00Z", "2025-01-05T00:00:00Z"], thinned.Select(r => r[0]).Distinct());
        Assert.Equal(["35", "35.5"], thinned.Select(r => r[1]).Distinct());
        Assert.All(thinned, row => Assert.Contains(all, a => a.SequenceEqual(row)));
        Assert.Equal(12, UnitsCharged(response));
    }

    private static List<string[]> Rows(string csv) => csv.TrimEnd('\n').Split('\n').Skip(2).Select(l => l.Split(',')).ToList();

    [Theory]
    [InlineData("sea_surface_temperature[0:0:4][0][0]", "ocean-griddap-invalid-stride")]
    [InlineData("sea_surface_temperature[0][0][99]", "ocean-griddap-out-of-range")]
    [InlineData("nope[0][0][0]", "ocean-unknown-parameter")]
    public async Task BadConstraint_Is400ProblemWithItsType_AndNotBilled(string query, string type)
    {
        using var client = await fixture.ClientAsync();

        var response = await client.GetAsync($"/zones/ocean/griddap/{TestDataset.Id}.csv?{query}");

        await ProblemAsync(response, HttpStatusCode.BadRequest, type);
        Assert.False(response.Headers.Contains("X-Units-Charged"));
    }

    [Fact]
    public async Task UnknownFileTypeOrDataset_AreProblems()
    {
        using var client = await fixture.ClientAsync();

        await ProblemAsync(await client.GetAsync($"/zones/ocean/griddap/{TestDataset.Id}.grib?{Constraints}"), HttpStatusCode.BadRequest, "ocean-unknown-format");
        await ProblemAsync(await client.GetAsync($"/zones/ocean/griddap/no-such.csv?{Constraints}"), HttpStatusCode.NotFound, "ocean-collection-not-found");
    }
}
