using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Medical.Tests.Hosting;
using static DataZones.Zones.Medical.Tests.MedicalTestData;

namespace DataZones.Zones.Medical.Tests.Underwriting;

public sealed class UnderwritingApiTests
{
    // Today is 2026-11-16 (the test clock). Diabetes seen twice last year, the appendectomy stay this March, a
    // stroke stay in January 2022 (inside five years, outside three).
    private static readonly string Visits = Csv(VisitsHeader,
        VisitLine(),
        VisitLine(visitId: "V2", type: "outpatient", admitted: "2025-05-06", discharged: "", primary: "E11.9", secondary: "", procedures: "", total: "300.00", fund: "200.00", self: "100.00", settlement: ""),
        VisitLine(visitId: "V3", type: "outpatient", admitted: "2025-08-06", discharged: "", primary: "E11.9", secondary: "", procedures: "", total: "300.00", fund: "200.00", self: "100.00", settlement: ""),
        VisitLine(visitId: "V4", admitted: "2022-01-10", discharged: "2022-01-20", primary: "I63.9", secondary: "", procedures: ""),
        VisitLine(visitId: "V5", person: OtherPerson, type: "outpatient", admitted: "2025-05-06", discharged: "", primary: "E11.9", secondary: "", procedures: "", total: "300.00", fund: "200.00", self: "100.00", settlement: ""));

    [Fact]
    public async Task Check_AnswersPerConditionTheBandAndTheChronicFlag_WithinTheLookbackAndTheConsentsDataPeriod()
    {
        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", Visits);
        var (insurer, key) = await host.InsurerAsync();
        var consent = await host.GrantAsync(Person, insurer);
        var sinceThisYear = await host.GrantAsync(Person, insurer, dataFrom: "2026-01-01");
        var others = await host.GrantAsync(OtherPerson, insurer);
        using var client = host.Client(key);
        string[] conditions = ["E11", "I60-I69", "XI", "J44"];

        var threeYears = await CheckAsync(client, Person, consent, 3, conditions);
        var fiveYears = await CheckAsync(client, Person, consent, 5, conditions);
        var cutByConsent = await CheckAsync(client, Person, sinceThisYear, 5, conditions);
        var oneVisit = await CheckAsync(client, OtherPerson, others, 5, conditions);

        Assert.Equal([true, false, true, false], Recorded(threeYears));
        Assert.Equal(("1", true), (threeYears["hospitalisationBand"]!.GetValue<string>(), threeYears["chronicCondition"]!.GetValue<bool>()));
        Assert.Equal([true, true, true, false], Recorded(fiveYears));
        Assert.Equal("2-3", fiveYears["hospitalisationBand"]!.GetValue<string>());
        Assert.Equal([false, false, true, false], Recorded(cutByConsent));
        Assert.False(cutByConsent["chronicCondition"]!.GetValue<bool>());
        Assert.Equal([true, false, false, false], Recorded(oneVisit));
        Assert.Equal(("0", false), (oneVisit["hospitalisationBand"]!.GetValue<string>(), oneVisit["chronicCondition"]!.GetValue<bool>()));
        Assert.DoesNotContain("2025", threeYears.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_InvalidInputs_Is400_AndAConsentForClaimsOnly_Is403()
    {
        await using var host = await MedicalHost.StartAsync();
        var (insurer, key) = await host.InsurerAsync();
        var claimsOnly = await host.GrantAsync(Person, insurer, ["medical.claims-verification"]);
        var consent = await host.GrantAsync(Person, insurer);
        using var client = host.Client(key);

        var invalid = await client.PostAsJsonAsync("/zones/medical/underwriting-checks", new { identityNumber = Person, consentId = consent, lookbackYears = 6, conditions = new[] { "C", "E11-E10" } });
        var refused = await client.PostAsJsonAsync("/zones/medical/underwriting-checks", new { identityNumber = Person, consentId = claimsOnly, lookbackYears = 2, conditions = new[] { "E11" } });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = (await invalid.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/invalid-underwriting-request", problem["type"]!.GetValue<string>());
        Assert.Equal(["lookbackYears", "conditions[0]", "conditions[1]"], problem["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("other-purpose", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["reason"]!.GetValue<string>());
    }

    private static async Task<JsonObject> CheckAsync(HttpClient client, string person, string consent, int years, string[] conditions)
    {
        var response = await client.PostAsJsonAsync("/zones/medical/underwriting-checks", new { identityNumber = person, consentId = consent, lookbackYears = years, conditions });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static bool[] Recorded(JsonObject answer) => answer["conditions"]!.AsArray().Select(c => c!["recorded"]!.GetValue<bool>()).ToArray();
}
