using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Medical.Tests.Hosting;
using static DataZones.Zones.Medical.Tests.MedicalTestData;

namespace DataZones.Zones.Medical.Tests.Consent;

public sealed class ConsentPipelineTests
{
    [Fact]
    public async Task ClaimVerification_EachConsentFailureMode_Is403NamingTheReasonAndNothingIsChargedOrLogged()
    {
        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", Csv(VisitsHeader, VisitLine()));
        var (insurer, key) = await host.InsurerAsync();
        var (otherInsurer, _) = await host.Host.NewConsumerAsync(host.OperatorKey, "insurer");
        var valid = await host.GrantAsync(Person, insurer);
        var expiring = await host.GrantAsync(Person, insurer, validUntil: host.Host.Clock.GetUtcNow().AddHours(1));
        var revoked = await host.GrantAsync(Person, insurer);
        var strangers = await host.GrantAsync(Person, otherInsurer);
        var underwritingOnly = await host.GrantAsync(Person, insurer, ["medical.underwriting-check"]);
        var otherPersons = await host.GrantAsync(OtherPerson, insurer);
        using var authority = host.Client(await host.ConsentAuthorityKeyAsync());
        (await authority.PostAsync($"/consents/{revoked}/revocation", null)).EnsureSuccessStatusCode();
        host.Host.Clock.Advance(TimeSpan.FromHours(2));
        using var client = host.Client(key);

        var cases = new (string Reason, Dictionary<string, object?> Body)[]
        {
            ("missing", Without(Claim(valid), "consentId")),
            ("missing", Without(Claim(valid), "identityNumber")),
            ("not-found", Claim("01JNOTACONSENT00000000000")),
            ("expired", Claim(expiring)),
            ("revoked", Claim(revoked)),
            ("other-grantee", Claim(strangers)),
            ("other-purpose", Claim(underwritingOnly)),
            ("other-person", Claim(otherPersons)),
        };
        foreach (var (reason, body) in cases)
        {
            var response = await client.PostAsJsonAsync("/zones/medical/claim-verifications", body);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            Assert.Equal(("/problems/consent-required", reason), (problem["type"]!.GetValue<string>(), problem["reason"]!.GetValue<string>()));
            Assert.False(response.Headers.Contains("X-Units-Charged"), reason);
            Assert.False(response.Headers.Contains("X-Receipt"), reason);
        }

        foreach (var consent in new[] { expiring, revoked, strangers, underwritingOnly, otherPersons })
        {
            Assert.Empty((await authority.GetFromJsonAsync<JsonArray>($"/consents/{consent}/uses"))!);
        }

        var allowed = await client.PostAsJsonAsync("/zones/medical/claim-verifications", Claim(valid));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("1", Assert.Single(allowed.Headers.GetValues("X-Units-Charged")));
    }

    [Fact]
    public async Task Revocation_OnAnotherInstance_TakesEffectWithinTheStalenessBound_AndAtOnceWhereRevoked()
    {
        var shared = new Dictionary<string, string?> { ["Persistence:TablePrefix"] = Testing.TestStorage.UniqueName("t"), ["Consent:CheckCacheSeconds"] = "5" };
        await using var first = await MedicalHost.StartAsync(shared);
        await using var second = await MedicalHost.StartAsync(shared);
        await first.IngestAsync("visits", "csv", Csv(VisitsHeader, VisitLine()));
        var (insurer, key) = await first.InsurerAsync();
        var consent = await first.GrantAsync(Person, insurer);
        using var onFirst = first.Client(key);
        using var onSecond = second.Client(key);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.PostAsJsonAsync("/zones/medical/claim-verifications", Claim(consent))).StatusCode);

        using var authority = first.Client(await first.ConsentAuthorityKeyAsync());
        (await authority.PostAsync($"/consents/{consent}/revocation", null)).EnsureSuccessStatusCode();
        var hereAtOnce = await onFirst.PostAsJsonAsync("/zones/medical/claim-verifications", Claim(consent));
        second.Host.Clock.Advance(TimeSpan.FromSeconds(5));
        var thereAfterTheBound = await onSecond.PostAsJsonAsync("/zones/medical/claim-verifications", Claim(consent));

        Assert.Equal(HttpStatusCode.Forbidden, hereAtOnce.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, thereAfterTheBound.StatusCode);
        Assert.Equal("revoked", (await thereAfterTheBound.Content.ReadFromJsonAsync<JsonObject>())!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task UseLog_ListsExactlyTheCallsMade_WithConsumerProductAndRequest_AndOnlyTheAuthorityReadsIt()
    {
        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", Csv(VisitsHeader, VisitLine()));
        var (insurer, key) = await host.InsurerAsync();
        var consent = await host.GrantAsync(Person, insurer, ["medical.claims-verification"]);
        using var client = host.Client(key);

        var requestIds = new List<string>();
        foreach (var reference in new[] { "CLM-1", "CLM-2" })
        {
            var answered = await client.PostAsJsonAsync("/zones/medical/claim-verifications", Claim(consent, reference: reference));
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            requestIds.Add(Assert.Single(answered.Headers.GetValues("X-Request-Id")));
            host.Host.Clock.Advance(TimeSpan.FromSeconds(1)); // the test clock stands still otherwise: uses are listed oldest first
        }

        var invalid = await client.PostAsJsonAsync("/zones/medical/claim-verifications", Without(Claim(consent), "admittedOn"));
        var otherPerson = await client.PostAsJsonAsync("/zones/medical/claim-verifications", Claim(consent, person: OtherPerson));
        using var authority = host.Client(await host.ConsentAuthorityKeyAsync());
        var uses = (await authority.GetFromJsonAsync<JsonArray>($"/consents/{consent}/uses"))!;
        var asInsurer = await client.GetAsync($"/consents/{consent}/uses");
        var asOperator = await host.Client(host.OperatorKey).GetAsync($"/consents/{consent}/uses");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPerson.StatusCode);
        Assert.Equal(requestIds, uses.Select(u => u!["requestId"]!.GetValue<string>()));
        Assert.All(uses, u => Assert.Equal((insurer, "medical.claims-verification", "verify"),
            (u!["consumerId"]!.GetValue<string>(), u["productId"]!.GetValue<string>(), u["operationId"]!.GetValue<string>())));
        Assert.Equal(HttpStatusCode.Forbidden, asInsurer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asOperator.StatusCode);
    }

    [Fact]
    public async Task Grant_InvalidInputs_Is400ListingEveryProblem_AndTheViewNeverShowsTheIdentityNumber()
    {
        await using var host = await MedicalHost.StartAsync();
        var (insurer, _) = await host.InsurerAsync();
        using var authority = host.Client(await host.ConsentAuthorityKeyAsync());

        var invalid = await authority.PostAsJsonAsync("/consents", new
        {
            identityNumber = "370202199003071234", granteeConsumerId = "nobody", purposes = new[] { "finance.credit-profile" },
            dataFrom = "2026-01-01", dataTo = "2025-01-01", validUntil = host.Host.Clock.GetUtcNow().AddDays(-1),
        });
        var consent = await host.GrantAsync(Person, insurer);
        var view = await authority.GetStringAsync($"/consents/{consent}");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = (await invalid.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/invalid-consent", problem["type"]!.GetValue<string>());
        Assert.Equal(["identityNumber", "granteeConsumerId", "purposes", "dataFrom", "validUntil"], problem["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        Assert.Contains("\"status\":\"active\"", view, StringComparison.Ordinal);
        Assert.DoesNotContain(Person, view, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Without(Dictionary<string, object?> body, string field)
    {
        body.Remove(field);
        return body;
    }
}
