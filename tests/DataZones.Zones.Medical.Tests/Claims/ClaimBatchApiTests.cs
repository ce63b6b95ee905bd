using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Medical.Tests.Hosting;
using static DataZones.Zones.Medical.Tests.MedicalTestData;

namespace DataZones.Zones.Medical.Tests.Claims;

public sealed class ClaimBatchApiTests
{
    private const string Path = "/zones/medical/claim-verifications/batches";

    [Fact]
    public async Task ABatchOf1200_BillsTheAcceptedItemsOnce_IsVerifiedAsAJob_AndItsResultsArePagedInOrder()
    {
        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", Csv(VisitsHeader, VisitLine(), VisitLine(visitId: "V2", person: OtherPerson)));
        var (insurer, key) = await host.InsurerAsync();
        var consent = await host.GrantAsync(Person, insurer);
        var underwritingOnly = await host.GrantAsync(OtherPerson, insurer, ["medical.underwriting-check"]);
        using var client = host.Client(key);
        var items = Enumerable.Range(0, 1_200).Select(i => (object)Claim(consent, reference: $"B-{i}")).ToList();
        var invalid = Claim(consent, reference: "B-7");
        invalid["claimedAmount"] = -1m;
        items[7] = invalid;
        items[1_000] = Claim(underwritingOnly, OtherPerson, "B-1000");

        var response = await client.PostAsJsonAsync(Path, new { items });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1198", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var acceptance = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal([7, 1_000], acceptance["refused"]!.AsArray().Select(r => r!["index"]!.GetValue<int>()));
        var status = acceptance["batch"]!["status"]!.GetValue<string>();
        JsonObject batch;
        var polls = 0;
        do
        {
            await Task.Delay(100);
            batch = (await client.GetFromJsonAsync<JsonObject>(status))!;
        }
        while (batch["state"]!.GetValue<string>() is "queued" or "running" && ++polls < 1_200);

        Assert.Equal("succeeded", batch["state"]!.GetValue<string>());
        Assert.Equal((1_200, 1_198, 2, 1_198), (batch["items"]!.GetValue<int>(), batch["accepted"]!.GetValue<int>(), batch["refused"]!.GetValue<int>(), batch["verified"]!.GetValue<int>()));

        var results = new List<JsonNode>();
        int? offset = 0;
        while (offset is { } from)
        {
            var page = (await client.GetFromJsonAsync<JsonObject>($"{status}/items?offset={from}&limit=500"))!;
            results.AddRange(page["items"]!.AsArray().Select(i => i!));
            offset = page["nextOffset"]?.GetValue<int>();
        }

        Assert.Equal(Enumerable.Range(0, 1_200), results.Select(r => r["index"]!.GetValue<int>()));
        Assert.Equal("items[7].claimedAmount", results[7]["problems"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("consent-other-purpose", results[1_000]["problems"]![0]!["rule"]!.GetValue<string>());
        Assert.All(results.Where(r => r["index"]!.GetValue<int>() is not (7 or 1_000)), r => Assert.NotNull(r["verification"]!["outcome"]));
        Assert.DoesNotContain(Person, string.Join('\n', results.Select(r => r.ToJsonString())), StringComparison.Ordinal);

        // Every accepted item was a use of the consent, at acceptance; the refused ones were not.
        using var authority = host.Client(await host.ConsentAuthorityKeyAsync());
        Assert.Equal(1_198, (await authority.GetFromJsonAsync<JsonArray>($"/consents/{consent}/uses"))!.Count);
    }

    [Fact]
    public async Task AnotherConsumersBatch_Is404_AndABatchOver10000_Is400ChargingNothing()
    {
        await using var host = await MedicalHost.StartAsync();
        await host.IngestAsync("visits", "csv", Csv(VisitsHeader, VisitLine()));
        var (insurer, key) = await host.InsurerAsync();
        var (_, otherKey) = await host.InsurerAsync();
        var consent = await host.GrantAsync(Person, insurer);
        using var client = host.Client(key);
        using var other = host.Client(otherKey);

        var accepted = (await (await client.PostAsJsonAsync(Path, new { items = new[] { Claim(consent) } })).Content.ReadFromJsonAsync<JsonObject>())!;
        var status = accepted["batch"]!["status"]!.GetValue<string>();
        var tooMany = await client.PostAsJsonAsync(Path, new { items = Enumerable.Range(0, 10_001).Select(i => Claim(consent, reference: $"X-{i}")).ToList() });

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(status)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(status + "/items")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(status + "/items?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("/problems/claim-batch-too-large", (await tooMany.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
        Assert.False(tooMany.Headers.Contains("X-Units-Charged"));
    }
}
