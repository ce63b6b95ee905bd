using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Transport.Tests.Hosting;
using static DataZones.Zones.Transport.Tests.TransportTestData;

namespace DataZones.Zones.Transport.Tests.Api;

public sealed class TruckUnderwritingApiTests(FleetFixture fleet) : IClassFixture<FleetFixture>
{
    [Fact]
    public async Task Underwrite_RegisteredTruck_AnswersBandsScoreAndReasons_OneUnit()
    {
        using var client = fleet.Client();

        var response = await client.PostAsJsonAsync("/zones/transport/truck-underwritings", new { vin = Truck, plate = "鲁U 8K376" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(body["plateMatches"]!.GetValue<bool>());
        Assert.Equal(["heavy-truck", "6-10", "freight", "valid"], new[] { "vehicleType", "ageBand", "useNature", "licence" }.Select(f => body[f]!.GetValue<string>()));
        Assert.Equal(["1", "2-3", "1", "1", "major", "1-29"],
            new[] { "violations12MonthsBand", "violations36MonthsBand", "accidents12MonthsBand", "accidents36MonthsBand", "atFaultShareBand", "telematicsDaysBand" }.Select(f => body[f]!.GetValue<string>()));
        // 4 + 3 + 8 + 3 + 8 (70 % at fault) + 5 (46 % at night) + 10 (5 speeding per 1,000 km) + 3 (1 fatigue) + 0 + 1 (6 years).
        Assert.Equal(45, body["riskScore"]!.GetValue<int>());
        Assert.Equal(["speeding", "recent-accidents", "at-fault-share", "night-driving"], body["reasonCodes"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Underwrite_OtherPlate_SaysItDoesNotMatch_WithoutNamingTheRegisteredOne()
    {
        using var client = fleet.Client();

        var response = await client.PostAsJsonAsync("/zones/transport/truck-underwritings", new { vin = Truck, plate = "鲁B00001" });

        var text = await response.Content.ReadAsStringAsync();
        Assert.False(JsonNode.Parse(text)!["plateMatches"]!.GetValue<bool>());
        Assert.DoesNotContain("8K376", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Underwrite_UnregisteredVin_Is404_NotBilled()
    {
        using var client = fleet.Client();

        var response = await client.PostAsJsonAsync("/zones/transport/truck-underwritings", new { vin = Unregistered });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Units-Charged"));
        Assert.Equal("/problems/vehicle-not-found", (await response.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Underwrite_BadVinOrPlate_Is400NamingEachField()
    {
        using var client = fleet.Client();

        var badVin = await client.PostAsJsonAsync("/zones/transport/truck-underwritings", new { vin = "LZZ5BLSK0MA12345Q", plate = "B1" });
        var badPlate = await client.PostAsJsonAsync("/zones/transport/truck-underwritings", new { vin = Truck, plate = "鲁B1" });

        await VinDecodeApiTests.AssertInvalidVinAsync(badVin, "vin", "invalid-character");
        Assert.Equal(HttpStatusCode.BadRequest, badPlate.StatusCode);
        var problem = (await badPlate.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/invalid-transport-request", problem["type"]!.GetValue<string>());
        Assert.Equal("plate", problem["errors"]![0]!["field"]!.GetValue<string>());
    }
}
