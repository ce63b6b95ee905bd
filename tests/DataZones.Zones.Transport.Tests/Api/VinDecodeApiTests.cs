using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Transport.Tests.Hosting;
using static DataZones.Zones.Transport.Tests.TransportTestData;

namespace DataZones.Zones.Transport.Tests.Api;

public sealed class VinDecodeApiTests(FleetFixture fleet) : IClassFixture<FleetFixture>
{
    [Fact]
    public async Task Decode_ValidVin_NamesManufacturerYearAndPlant_OneUnit()
    {
        using var client = fleet.Client();

        var response = await client.GetAsync($"/zones/transport/vins/{Truck.ToLowerInvariant()}/decoding");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(Truck, body["vin"]!.GetValue<string>());
        Assert.Equal("China National Heavy Duty Truck (Sinotruk)", body["manufacturer"]!.GetValue<string>());
        Assert.Equal(("truck", 2021, "A", "asia"), (body["category"]!.GetValue<string>(), body["modelYear"]!.GetValue<int>(), body["plantCode"]!.GetValue<string>(), body["region"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("LZZ5BLSK0MA12345O", "invalid-character")]
    [InlineData("LZZ5BLSKIMA123456", "invalid-character")]
    [InlineData("QZZ5BLSK0MA123456", "invalid-character")]
    [InlineData("LZZ5BLSK0MA12345", "wrong-length")]
    public async Task Decode_BadVin_Is400NamingTheRule_NotBilled(string vin, string rule)
    {
        using var client = fleet.Client();

        var response = await client.GetAsync($"/zones/transport/vins/{vin}/decoding");

        await AssertInvalidVinAsync(response, "vin", rule);
    }

    [Fact]
    public async Task Decode_WrongCheckDigit_Is400NamingTheCheckDigitRule()
    {
        using var client = fleet.Client();
        var wrong = Truck[..8] + (Truck[8] == '1' ? '2' : '1') + Truck[9..];

        var response = await client.GetAsync($"/zones/transport/vins/{wrong}/decoding");

        await AssertInvalidVinAsync(response, "vin", "wrong-check-character");
    }

    [Fact]
    public async Task DecodeBatch_MixedItems_DecodesTheValidOnes_AndBillsOnlyThose()
    {
        using var client = fleet.Client();
        var vins = new[] { Truck, "NOT-A-VIN", Car, Unregistered[..8] + (Unregistered[8] == '1' ? '2' : '1') + Unregistered[9..] };

        var response = await client.PostAsJsonAsync("/zones/transport/vin-decodings", new { vins });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((2, 2), (body["decoded"]!.GetValue<int>(), body["rejected"]!.GetValue<int>()));
        var items = body["items"]!.AsArray();
        Assert.Equal("SAIC Volkswagen", items[2]!["decoding"]!["manufacturer"]!.GetValue<string>());
        Assert.Equal("wrong-check-character", items[3]!["problems"]![0]!["rule"]!.GetValue<string>());
        Assert.Equal("vins[1]", items[1]!["problems"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task DecodeBatch_51Vins_Is400_NothingBilled_AndAllInvalid_Is400()
    {
        using var client = fleet.Client();

        var tooMany = await client.PostAsJsonAsync("/zones/transport/vin-decodings", new { vins = Enumerable.Repeat(Truck, 51) });
        var allBad = await client.PostAsJsonAsync("/zones/transport/vin-decodings", new { vins = new[] { "X", "Y" } });
        var fifty = await client.PostAsJsonAsync("/zones/transport/vin-decodings", new { vins = Enumerable.Repeat(Truck, 50) });

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("/problems/vin-batch-too-large", (await tooMany.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
        Assert.False(tooMany.Headers.Contains("X-Units-Charged"));
        await AssertInvalidVinAsync(allBad, "vins[0]", "wrong-length");
        Assert.Equal("50", Assert.Single(fifty.Headers.GetValues("X-Units-Charged")));
    }

    internal static async Task AssertInvalidVinAsync(HttpResponseMessage response, string field, string rule)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Units-Charged"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/invalid-vin", problem["type"]!.GetValue<string>());
        var error = problem["errors"]!.AsArray().First(e => e!["field"]!.GetValue<string>() == field)!;
        Assert.Equal(rule, error["rule"]!.GetValue<string>());
    }
}
