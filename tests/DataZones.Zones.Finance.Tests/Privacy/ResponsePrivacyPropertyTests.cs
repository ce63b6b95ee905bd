using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using DataZones.Zones.Finance.DemoData;
using DataZones.Zones.Finance.Ingestion;
using DataZones.Zones.Finance.Policies;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Tests.Hosting;
using Xunit.Abstractions;

namespace DataZones.Zones.Finance.Tests.Privacy;

/// <summary>
/// Over a generated population loaded through ingestion, no answer of any finance endpoint contains a stored name,
/// identity number (or its hash), case or decision number, or a figure: every number in a body is one the
/// answer's shape allows (score, counts, indexes), and no stored text appears anywhere in it.
/// </summary>
public sealed class ResponsePrivacyPropertyTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> AllowedNumberFields = ["score", "elementCount", "answered", "rejected", "index"];

    [Fact]
    public async Task EveryAnswer_OverGeneratedEnterprises_ContainsNoStoredValue()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var demo = new FinanceDemoData(seed, new DateOnly(2026, 11, 16), 300);
        await using var host = await FinanceHost.StartAsync();
        var files = FinanceSources.All.ToDictionary(s => s, s => FinanceFiles.Demo(demo, s));
        foreach (var (source, file) in files) await host.IngestAsync(source, "csv", file);
        using var operatorClient = host.Client(host.OperatorKey);
        foreach (var policy in DemoLoanPolicies.All)
        {
            (await operatorClient.PutAsJsonAsync($"/operator/finance/loan-policies/{policy.Id}", policy)).EnsureSuccessStatusCode();
        }

        var registry = Registry(files[FinanceSource.EnterpriseRegistry]);
        var secrets = StoredTexts(files, registry);
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());
        var sample = new Random(seed).GetItems(registry.ToArray(), 40);

        var bodies = new List<string>();
        foreach (var row in sample)
        {
            var request = new { creditCode = row[0], enterpriseName = row[1], legalRepresentativeName = row[3], legalRepresentativeIdNumber = row[4] };
            bodies.Add(await (await client.PostAsJsonAsync("/zones/finance/enterprise-verifications", request)).EnsureSuccessStatusCode().Content.ReadAsStringAsync());
            bodies.Add(await (await client.GetAsync($"/zones/finance/enterprises/{row[0]}/credit-profile")).EnsureSuccessStatusCode().Content.ReadAsStringAsync());
            bodies.Add(await (await client.PostAsJsonAsync("/zones/finance/loan-policy-matches", new { creditCode = row[0] })).EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        }

        var batch = sample.Select(r => new { creditCode = r[0], enterpriseName = r[1] + "X", legalRepresentativeName = r[3], legalRepresentativeIdNumber = r[4] });
        bodies.Add(await (await client.PostAsJsonAsync("/zones/finance/enterprise-verifications/batches", new { items = batch })).EnsureSuccessStatusCode().Content.ReadAsStringAsync());

        Assert.All(bodies, body =>
        {
            Assert.All(secrets, secret => Assert.False(body.Contains(secret, StringComparison.Ordinal), $"A body contains a stored value (seed {seed})."));
            AssertOnlyAllowedNumbers(JsonNode.Parse(body)!, null, seed);
        });
        Assert.All(secrets, secret => Assert.DoesNotContain(host.Host.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal)));
    }

    private static void AssertOnlyAllowedNumbers(JsonNode node, string? name, int seed)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o) if (value is not null) AssertOnlyAllowedNumbers(value, key, seed);
                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) AssertOnlyAllowedNumbers(item, name, seed);
                break;
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                Assert.True(name is not null && AllowedNumberFields.Contains(name), $"A figure under '{name}' (seed {seed}).");
                break;
        }
    }

    private static List<string[]> Registry(byte[] csv) =>
        Encoding.UTF8.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();

    // Names, identity numbers and their hashes, registered capital figures, and every case and decision number —
    // less any that occur in public text an answer may carry (credit codes, the policy table), which would be a
    // coincidence of short values, not a leak.
    private static List<string> StoredTexts(Dictionary<FinanceSource, byte[]> files, List<string[]> registry)
    {
        var texts = registry.SelectMany(r => new[] { r[1], r[3], r[4], FinanceTestData.Hasher.HashToHex(r[4]), r[5] }).ToList();
        foreach (var source in new[] { FinanceSource.AdministrativePenalty, FinanceSource.CourtEnforcement, FinanceSource.DishonestDebtor })
        {
            texts.AddRange(Registry(files[source]).Select(r => r[1]));
        }

        var publicText = string.Join("\n", registry.Select(r => r[0])) + System.Text.Json.JsonSerializer.Serialize(DemoLoanPolicies.All,
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return texts.Distinct().Where(t => !publicText.Contains(t, StringComparison.Ordinal)).ToList();
    }
}
