using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Transport.Tests.Hosting;
using static DataZones.Zones.Transport.Tests.TransportTestData;

namespace DataZones.Zones.Transport.Tests.Api;

public sealed class AccidentVerificationApiTests(FleetFixture fleet) : IClassFixture<FleetFixture>
{
    private const string Path = "/zones/transport/accident-verifications";

    [Fact]
    public async Task Verify_ByCaseNumber_VehicleWasAParty_IsVerified_WithBandAndInjuries()
    {
        var body = await VerifyAsync(new { vin = Truck, caseNumber = TruckCase });

        Assert.Equal("verified", body["outcome"]!.GetValue<string>());
        Assert.True(body["accidentExists"]!.GetValue<bool>() && body["vehicleWasParty"]!.GetValue<bool>() && body["injuries"]!.GetValue<bool>());
        Assert.Equal("major", body["liabilityBand"]!.GetValue<string>());
        Assert.Contains("injuries-recorded", body["reasonCodes"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Verify_ByCaseNumber_DeclaredTimeTwoHoursOff_IsInconsistent()
    {
        var body = await VerifyAsync(new { vin = Truck, caseNumber = TruckCase, occurredAt = "2026-03-15T10:20:00+08:00", toleranceMinutes = 30 });

        Assert.Equal("inconsistent", body["outcome"]!.GetValue<string>());
        Assert.False(body["timeWithinTolerance"]!.GetValue<bool>());
        Assert.Contains("time-outside-tolerance", body["reasonCodes"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Verify_ByCaseNumber_VehicleNotAParty_IsNotFound_AndNamesNoParty()
    {
        using var client = fleet.Client();
        var response = await client.PostAsJsonAsync(Path, new { vin = Car, caseNumber = TruckCase });
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;

        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        Assert.Equal("not-found", body["outcome"]!.GetValue<string>());
        Assert.True(body["accidentExists"]!.GetValue<bool>());
        Assert.False(body["vehicleWasParty"]!.GetValue<bool>());
        Assert.Equal(["vehicle-not-a-party"], body["reasonCodes"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.DoesNotContain(Truck, text, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherCar, text, StringComparison.Ordinal);
        Assert.Null(body["liabilityBand"]);
    }

    [Fact]
    public async Task Verify_UnknownCase_IsNotFound_AndBilled()
    {
        var body = await VerifyAsync(new { vin = Truck, caseNumber = "QD2026999999999" });

        Assert.Equal("not-found", body["outcome"]!.GetValue<string>());
        Assert.False(body["accidentExists"]!.GetValue<bool>());
        Assert.Equal(["case-not-found"], body["reasonCodes"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Verify_ByTimeAndPlace_WithinToleranceAndRadius_IsVerified_FarAway_IsInconsistent_OtherDay_IsNotFound()
    {
        // About 300 m east of the recorded place, 15 minutes later; then 5 km away; then a week later.
        var near = await VerifyAsync(new { vin = Truck, occurredAt = "2026-03-15T08:35:00+08:00", longitude = 120.38625, latitude = 36.06712 });
        var far = await VerifyAsync(new { vin = Truck, occurredAt = "2026-03-15T08:35:00+08:00", longitude = 120.43850, latitude = 36.06712, radiusMetres = 1000 });
        var none = await VerifyAsync(new { vin = Truck, occurredAt = "2026-03-22T08:35:00+08:00" });

        Assert.Equal(("verified", true, true), (near["outcome"]!.GetValue<string>(), near["timeWithinTolerance"]!.GetValue<bool>(), near["placeWithinRadius"]!.GetValue<bool>()));
        Assert.Equal(("inconsistent", false), (far["outcome"]!.GetValue<string>(), far["placeWithinRadius"]!.GetValue<bool>()));
        Assert.Equal(("not-found", "no-accident-near-time"), (none["outcome"]!.GetValue<string>(), none["reasonCodes"]![0]!.GetValue<string>()));
    }

    [Fact]
    public async Task Verify_BadInputs_Is400ListingEachRule_NotBilled()
    {
        using var client = fleet.Client();

        var nothing = await client.PostAsJsonAsync(Path, new { vin = Truck, longitude = 120.3, toleranceMinutes = 0, radiusMetres = 50_000 });
        var badVin = await client.PostAsJsonAsync(Path, new { vin = Truck[..8] + (Truck[8] == '1' ? '2' : '1') + Truck[9..], caseNumber = TruckCase });

        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.False(nothing.Headers.Contains("X-Units-Charged"));
        var problem = (await nothing.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/invalid-transport-request", problem["type"]!.GetValue<string>());
        Assert.Equal(["occurredAt", "latitude", "toleranceMinutes", "radiusMetres"], problem["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        await VinDecodeApiTests.AssertInvalidVinAsync(badVin, "vin", "wrong-check-character");
    }

    private async Task<JsonObject> VerifyAsync(object request)
    {
        using var client = fleet.Client();
        var response = await client.PostAsJsonAsync(Path, request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
