using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Medical.Tests.Hosting;
using static DataZones.Zones.Medical.Tests.MedicalTestData;

namespace DataZones.Zones.Medical.Tests.Claims;

public sealed class GroupClaimApiTests
{
    [Fact]
    public async Task Group_Of500_IsAnsweredAtOnceAndBilled500Units_And501IsA400ChargingNothing()
    {
        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", Csv(VisitsHeader, VisitLine()));
        var (insurer, key) = await host.InsurerAsync();
        var consent = await host.GrantAsync(Person, insurer);
        using var client = host.Client(key);

        var full = await client.PostAsJsonAsync("/zones/medical/claim-verifications/groups",
            new { items = Enumerable.Range(0, 500).Select(i => Claim(consent, reference: $"G-{i}")).ToList() });
        var tooMany = await client.PostAsJsonAsync("/zones/medical/claim-verifications/groups",
            new { items = Enumerable.Range(0, 501).Select(i => Claim(consent, reference: $"H-{i}")).ToList() });

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal("500", Assert.Single(full.Headers.GetValues("X-Units-Charged")));
        var answer = (await full.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((500, 0), (answer["answered"]!.GetValue<int>(), answer["refused"]!.GetValue<int>()));
        Assert.Equal(Enumerable.Range(0, 500), answer["items"]!.AsArray().Select(i => i!["index"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("/problems/claim-batch-too-large", (await tooMany.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
        Assert.False(tooMany.Headers.Contains("X-Units-Charged"));
        using var authority = host.Client(await host.ConsentAuthorityKeyAsync());
        var uses = (await authority.GetFromJsonAsync<JsonArray>($"/consents/{consent}/uses"))!;
        Assert.Equal(500, uses.Count);
        Assert.All(uses, u => Assert.Equal("verify-group", u!["operationId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Group_WithRefusedAndInvalidItems_AnswersAndBillsOnlyTheValidOnes_AndLogsOnlyTheirUses()
    {
        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", Csv(VisitsHeader, VisitLine(), VisitLine(visitId: "V2", person: OtherPerson)));
        var (insurer, key) = await host.InsurerAsync();
        var consent = await host.GrantAsync(Person, insurer);
        var otherConsent = await host.GrantAsync(OtherPerson, insurer, ["medical.underwriting-check"]);
        using var client = host.Client(key);
        var invalid = Claim(consent, reference: "G-2");
        invalid["diagnoses"] = new[] { "not a code" };

        var response = await client.PostAsJsonAsync("/zones/medical/claim-verifications/groups",
            new { items = new object[] { Claim(consent, reference: "G-0"), Claim(otherConsent, OtherPerson, "G-1"), invalid } });
        var allRefused = await client.PostAsJsonAsync("/zones/medical/claim-verifications/groups",
            new { items = new object[] { Claim(otherConsent, OtherPerson, "G-3") } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var items = (await response.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray();
        Assert.Equal("consistent", items[0]!["verification"]!["outcome"]!.GetValue<string>());
        Assert.Equal("consent-other-purpose", items[1]!["problems"]![0]!["rule"]!.GetValue<string>());
        Assert.Equal("items[2].diagnoses[0]", items[2]!["problems"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, allRefused.StatusCode);
        using var authority = host.Client(await host.ConsentAuthorityKeyAsync());
        Assert.Single((await authority.GetFromJsonAsync<JsonArray>($"/consents/{consent}/uses"))!);
        Assert.Empty((await authority.GetFromJsonAsync<JsonArray>($"/consents/{otherConsent}/uses"))!);
    }
}
