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
        Assert.Equal((13f + 14 + 15 + 23 + 24 + 25 + 33 + 34 + 35) / 9, full[0]!.Value, 3);
    }
}
