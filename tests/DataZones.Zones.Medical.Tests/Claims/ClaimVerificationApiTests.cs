using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static DataZones.Zones.Medical.Tests.MedicalTestData;

namespace DataZones.Zones.Medical.Tests.Claims;

public sealed class ClaimVerificationApiTests(ClaimsFixture fixture) : IClassFixture<ClaimsFixture>
{
    public static TheoryData<string, string, bool> FlagCases { get; } = new()
    {
        // flag, change to the matching claim, whether the flag is raised
        { "VISIT_NOT_FOUND", "admittedOn=2026-03-03", true },
        { "VISIT_NOT_FOUND", "institutionCode=QD370202-01", false },
        { "OUTSIDE_POLICY_PERIOD", "policy=2026-04-01/2026-12-31/0", true },
        { "OUTSIDE_POLICY_PERIOD", "policy=2026-03-02/2026-03-02/0", false },
        { "IN_WAITING_PERIOD", "policy=2026-02-15/2026-12-31/30", true },
        { "IN_WAITING_PERIOD", "policy=2026-01-31/2026-12-31/30", false },
        { "DIAGNOSIS_NOT_RECORDED", "diagnoses=J06.9", true },
        { "DIAGNOSIS_NOT_RECORDED", "diagnoses=K35.2,I10", false },
        { "AMOUNT_ABOVE_SELF_PAID", "claimedAmount=7456.79", true },
        { "AMOUNT_ABOVE_SELF_PAID", "claimedAmount=7456.78", false },
        { "DIAGNOSIS_PROCEDURE_MISMATCH", "procedures=81.51", true },
        { "DIAGNOSIS_PROCEDURE_MISMATCH", "procedures=47.09", false },
        { "READMISSION_WITHIN_15_DAYS", "stay=2026-05-14/2026-05-20", true },
        { "READMISSION_WITHIN_15_DAYS", "stay=2026-05-01/2026-05-10", false },
        { "READMISSION_WITHIN_15_DAYS", "stay=2026-06-10/2026-06-15", false },
    };

    [Theory]
    [MemberData(nameof(FlagCases))]
    public async Task Verify_EachFlag_RaisedExactlyWhenItsRuleHolds(string flag, string change, bool raised)
    {
        var body = Apply(Claim(fixture.Consent), change);
        using var client = fixture.Host.Client(fixture.InsurerKey);

        var response = await client.PostAsJsonAsync("/zones/medical/claim-verifications", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var flags = answer["flags"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(raised, flags.Contains(flag));
        if (raised) Assert.Equal(flag == "VISIT_NOT_FOUND" ? "not-found" : "inconsistent", answer["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Verify_TheMatchingClaim_IsConsistentWithEveryMatchFlagTrue_AndCarriesNothingFromTheRecord()
    {
        using var client = fixture.Host.Client(fixture.InsurerKey);

        var response = await client.PostAsJsonAsync("/zones/medical/claim-verifications", Claim(fixture.Consent));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("consistent", answer["outcome"]!.GetValue<string>());
        Assert.Empty(answer["flags"]!.AsArray());
        Assert.All(new[] { "visit", "dischargeDate", "diagnoses", "procedures", "amountWithinSelfPaid", "settlementNumber" },
            m => Assert.True(answer["matches"]![m]!.GetValue<bool>(), m));
        foreach (var recorded in new[] { "2026", "7456", "23456", "16000", "I10", "47.09", "K35", "YB0001", "QD370202", Person })
        {
            Assert.DoesNotContain(recorded, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Verify_MismatchedElements_AreFalseMatchFlags_NotRecordValues()
    {
        using var client = fixture.Host.Client(fixture.InsurerKey);

        var answer = (await (await client.PostAsJsonAsync("/zones/medical/claim-verifications",
            Apply(Claim(fixture.Consent), "dischargedOn=2026-03-10;settlementNumber=YB9999;procedures=47.01"))).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal("inconsistent", answer["outcome"]!.GetValue<string>());
        Assert.False(answer["matches"]!["dischargeDate"]!.GetValue<bool>());
        Assert.False(answer["matches"]!["settlementNumber"]!.GetValue<bool>());
        Assert.False(answer["matches"]!["procedures"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Verify_TheSameVisitClaimedAgain_IsFlaggedForAnotherClaimOrInsurer_NotForARetryOfTheSameClaim()
    {
        var (otherInsurer, otherKey) = await fixture.Host.InsurerAsync();
        var consent = await fixture.Host.GrantAsync(OtherPerson, fixture.InsurerId);
        var otherConsent = await fixture.Host.GrantAsync(OtherPerson, otherInsurer);
        using var client = fixture.Host.Client(fixture.InsurerKey);
        using var other = fixture.Host.Client(otherKey);

        async Task<IReadOnlyList<string>> FlagsAsync(HttpClient caller, string consentId, string reference) =>
            (await (await caller.PostAsJsonAsync("/zones/medical/claim-verifications", Claim(consentId, OtherPerson, reference)))
                .Content.ReadFromJsonAsync<JsonObject>())!["flags"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ToList();

        var first = await FlagsAsync(client, consent, "A-1");
        var retry = await FlagsAsync(client, consent, "A-1");
        var byAnotherInsurer = await FlagsAsync(other, otherConsent, "B-1");
        var anotherClaim = await FlagsAsync(client, consent, "A-2");

        Assert.DoesNotContain("CLAIMED_BEFORE", first);
        Assert.DoesNotContain("CLAIMED_BEFORE", retry);
        Assert.Contains("CLAIMED_BEFORE", byAnotherInsurer);
        Assert.Contains("CLAIMED_BEFORE", anotherClaim);
    }

    [Fact]
    public async Task Verify_InvalidClaim_Is400ListingEveryField_AndNotCharged()
    {
        using var client = fixture.Host.Client(fixture.InsurerKey);
        var body = Apply(Claim(fixture.Consent), "diagnoses=E119;claimedAmount=-1;policy=2026-12-31/2026-01-01/400");

        var response = await client.PostAsJsonAsync("/zones/medical/claim-verifications", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/invalid-claim", problem["type"]!.GetValue<string>());
        Assert.Equal(["policy", "policy.waitingPeriodDays", "diagnoses[0]", "claimedAmount"], problem["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        Assert.False(response.Headers.Contains("X-Units-Charged"));
    }

    /// <summary>Changes a claim by <c>field=value;…</c>; <c>policy=start/end/days</c> and <c>stay=admitted/discharged</c> (a stroke with no procedure) are shorthands.</summary>
    internal static Dictionary<string, object?> Apply(Dictionary<string, object?> claim, string changes)
    {
        foreach (var change in changes.Split(';'))
        {
            var (field, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
            switch (field)
            {
                case "policy":
                    var parts = value.Split('/');
                    claim["policy"] = new { startsOn = parts[0], endsOn = parts[1], waitingPeriodDays = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) };
                    break;
                case "stay":
                    var days = value.Split('/');
                    (claim["admittedOn"], claim["dischargedOn"], claim["diagnoses"], claim["procedures"], claim["settlementNumber"]) = (days[0], days[1], new[] { "I63.9" }, null, null);
                    break;
                case "diagnoses" or "procedures":
                    claim[field] = value.Split(',');
                    break;
                case "claimedAmount":
                    claim[field] = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    claim[field] = value;
                    break;
            }
        }

        return claim;
    }
}
