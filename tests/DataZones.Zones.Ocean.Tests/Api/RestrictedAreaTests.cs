using static DataZones.Zones.Ocean.Tests.Api.OceanHttp;

namespace DataZones.Zones.Ocean.Tests.Api;

/// <summary>
/// The test sea's restricted square covers cell centres (121.0, 35.5) and (121.25, 35.5); a 3 × 3 cube around
/// its western edge holds both restricted cells' neighbours on every side.
/// </summary>
[Collection(OceanApiCollection.Name)]
public sealed class RestrictedAreaTests(OceanApiFixture fixture)
{
    private const string Cube = TestSea + "/cube?bbox=120.6,35.2,121.3,35.8&datetime=2025-01-01&parameter-name=sea_surface_temperature";

    [Fact]
    public async Task Cube_ConsumerWithoutElevatedGrade_GetsRestrictedCellsAsNullAndIsNotBilledForThem()
    {
        using var client = await fixture.ClientAsync(elevated: false);

        var response = await client.GetAsync(Cube);

        var values = Values(await JsonAsync(response), "sea_surface_temperature");
        Assert.Equal([13f, 14f, 15f, 23f, null, null, 33f, 34f, 35f], values);
        Assert.Equal(7, UnitsCharged(response));
    }

    [Fact]
    public async Task Cube_WithoutElevatedGrade_SaysHowManyCellsAreWithheldAndWhy_InCoverageJsonAndHeaders()
    {
        using var client = await fixture.ClientAsync(elevated: false);

        var response = await client.GetAsync(Cube);

        var body = await JsonAsync(response);
        var withheld = body["dz:withheld"]!;
        Assert.Equal(2, withheld["cells"]!.GetValue<int>());
        Assert.Equal("restricted-area", withheld["reason"]!.GetValue<string>());
        Assert.Equal(["Test restricted square"], withheld["areas"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.StartsWith("urn:", body["@context"]!["dz"]!.GetValue<string>());
        Assert.Equal("2", response.Headers.GetValues("Ocean-Withheld-Cells").Single());
        Assert.Equal("restricted-area", response.Headers.GetValues("Ocean-Withheld-Reason").Single());
    }

    [Fact]
    public async Task Cube_Csv_WithoutElevatedGrade_FlagsEachWithheldRow_SoItIsNotTakenForLand()
    {
        using var client = await fixture.ClientAsync(elevated: false);

        var lines = (await (await client.GetAsync(Cube + "&f=CSV")).Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');

        Assert.Equal("time,latitude,longitude,sea_surface_temperature,withheld", lines[0]);
        var flagged = lines.Skip(1).Where(l => l.EndsWith(",restricted-area", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2025-01-01T00:00:00Z,35.5,121,,restricted-area", "2025-01-01T00:00:00Z,35.5,121.25,,restricted-area"], flagged);
        Assert.All(lines.Skip(1).Except(flagged), l => Assert.EndsWith(",", l));
    }

    [Fact]
    public async Task Cube_WithElevatedGrade_OrAwayFromRestrictedAreas_HasNoWithheldMarks()
    {
        using var elevated = await fixture.ClientAsync(elevated: true);
        using var plain = await fixture.ClientAsync(elevated: false);

        var full = await elevated.GetAsync(Cube + "&f=CSV");
        var away = await plain.GetAsync(TestSea + "/cube?bbox=120,35,120.3,35.3&datetime=2025-01-01&parameter-name=sea_surface_temperature");

        Assert.Equal("time,latitude,longitude,sea_surface_temperature", (await full.Content.ReadAsStringAsync()).Split('\n')[0]);
        Assert.False(full.Headers.Contains("Ocean-Withheld-Cells"));
        Assert.Null((await JsonAsync(away))["dz:withheld"]);
        Assert.False(away.Headers.Contains("Ocean-Withheld-Cells"));
    }

    [Fact]
    public async Task Cube_ConsumerWithElevatedGrade_GetsEveryValue()
    {
        using var client = await fixture.ClientAsync(elevated: true);

        var response = await client.GetAsync(Cube);

        var values = Values(await JsonAsync(response), "sea_surface_temperature");
        Assert.Equal([13f, 14f, 15f, 23f, 24f, 25f, 33f, 34f, 35f], values);
        Assert.Equal(9, UnitsCharged(response));
    }

    [Fact]
    public async Task SpatialMean_WithoutElevatedGrade_LeavesRestrictedValuesOutOfTheMean()
    {
        using var restricted = await fixture.ClientAsync(elevated: false);
        using var elevated = await fixture.ClientAsync(elevated: true);

        var masked = Values(await JsonAsync(await restricted.GetAsync(Cube + "&aggregate=spatial-mean")), "sea_surface_temperature");
        var full = Values(await JsonAsync(await elevated.GetAsync(Cube + "&aggregate=spatial-mean")), "sea_surface_temperature");

        Assert.Equal((13f + 14 + 15 + 23 + 33 + 34 + 35) / 7, masked[0]!.Value, 3);
        var meanCsv = (await (await restricted.GetAsync(Cube + "&aggregate=spatial-mean&f=CSV")).Content.ReadAsStringAsync()).Split('\n');
        Assert.EndsWith(",withheld", meanCsv[0]);
        Assert.EndsWith(",restricted-area", meanCsv[1]);
        Assert.Equal((13f + 14 + 15 + 23 + 24 + 25 + 33 + 34 + 35) / 9, full[0]!.Value, 3);
    }
}
