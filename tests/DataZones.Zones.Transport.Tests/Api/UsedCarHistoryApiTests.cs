using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Transport.Tests.Hosting;
using static DataZones.Zones.Transport.Tests.TransportTestData;

namespace DataZones.Zones.Transport.Tests.Api;

public sealed class UsedCarHistoryApiTests(FleetFixture fleet) : IClassFixture<FleetFixture>
{
    private const string Path = "/zones/transport/used-car-histories";

    [Fact]
    public async Task History_ExTaxiWithRollbackAndFlood_FlagsEachFinding_InBandsOnly()
    {
        using var client = fleet.Client();

        var response = await client.PostAsJsonAsync(Path, new { vin = Car, purpose = "purchase" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        Assert.Equal(("2018-04", 1), (body["firstRegistration"]!.GetValue<string>(), body["transfers"]!.GetValue<int>()));
        Assert.Equal(["taxi", "non-operating"], body["useNatureHistory"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.True(body["exTaxi"]!.GetValue<bool>() && body["odometerRollback"]!.GetValue<bool>() && body["floodDamage"]!.GetValue<bool>() && body["mortgaged"]!.GetValue<bool>());
        Assert.False(body["seized"]!.GetValue<bool>() || body["totalLoss"]!.GetValue<bool>() || body["fireDamage"]!.GetValue<bool>());
        Assert.Equal("severe", body["accidentRepairGrade"]!.GetValue<string>());
        var timeline = body["odometerTimeline"]!.AsArray();
        Assert.Equal(["90000-99999", "180000-189999", "60000-69999"], timeline.Select(p => p!["kmBand"]!.GetValue<string>()));
        Assert.Equal([false, false, true], timeline.Select(p => p!["rollback"]!.GetValue<bool>()));
        Assert.Equal(1, body["historyScore"]!.GetValue<int>());
        Assert.Equal("flood-damage", body["reasonCodes"]![0]!.GetValue<string>());
        foreach (var stored in new[] { "98123", "187456", "61234", Owner, CarPlate, "QD2019000001" }) Assert.DoesNotContain(stored, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ReleasedMortgage_IsNotCurrent_AndFreightUseIsExOperating()
    {
        using var client = fleet.Client();

        var body = (await (await client.PostAsJsonAsync(Path, new { vin = Truck, purpose = "auto-loan" })).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.False(body["mortgaged"]!.GetValue<bool>());
        Assert.True(body["exOperating"]!.GetValue<bool>());
        Assert.False(body["odometerRollback"]!.GetValue<bool>());
    }

    [Fact]
    public async Task History_UnregisteredVin_IsAnAnswer_AndBilled()
    {
        using var client = fleet.Client();

        var response = await client.PostAsJsonAsync(Path, new { vin = Unregistered, purpose = "resale" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(body["registered"]!.GetValue<bool>());
        Assert.Equal(["not-registered"], body["reasonCodes"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task History_BadVinAndPurpose_Is400NamingBoth()
    {
        using var client = fleet.Client();

        var response = await client.PostAsJsonAsync(Path, new { vin = "LSVAU2180LN65432I", purpose = "curiosity" });

        await VinDecodeApiTests.AssertInvalidVinAsync(response, "vin", "invalid-character");
    }
}
