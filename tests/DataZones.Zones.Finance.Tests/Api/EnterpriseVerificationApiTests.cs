using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Tests.Hosting;

namespace DataZones.Zones.Finance.Tests.Api;

public sealed class EnterpriseVerificationApiTests
{
    private const string Name = "青岛海诚（黄岛）电子有限公司";
    private const string Representative = "欧阳晓峰";
    private const string VerifyPath = "/zones/finance/enterprise-verifications";

    [Fact]
    public async Task Verify_EveryElementCombination_AnswersFlagsAndBillsOneUnit()
    {
        await using var host = await FinanceHost.StartAsync();
        await host.IngestAsync(FinanceSource.EnterpriseRegistry, "csv", FinanceFiles.Csv(FinanceFiles.RegistryHeader, FinanceFiles.RegistryLine()));
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());

        foreach (var nameMatches in new[] { true, false })
        foreach (var representativeMatches in new[] { true, false })
        foreach (var id in new bool?[] { null, true, false })
        {
            var response = await client.PostAsJsonAsync(VerifyPath, new
            {
                creditCode = FinanceTestData.CreditCode,
                // Written differently (half-width brackets, spaces) where it should still match.
                enterpriseName = nameMatches ? "青岛海诚(黄岛)电子有限公司 " : "青岛海城（黄岛）电子有限公司",
                legalRepresentativeName = representativeMatches ? Representative : "欧阳晓锋",
                legalRepresentativeIdNumber = id switch { null => null, true => FinanceTestData.IdNumber, false => FinanceTestData.OtherIdNumber },
            });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var allMatch = nameMatches && representativeMatches && id != false;
            Assert.Equal(allMatch ? "match" : "mismatch", body["outcome"]!.GetValue<string>());
            Assert.Equal(id is null ? 3 : 4, body["elementCount"]!.GetValue<int>());
            Assert.Equal(nameMatches, body["enterpriseNameMatches"]!.GetValue<bool>());
            Assert.Equal(representativeMatches, body["legalRepresentativeNameMatches"]!.GetValue<bool>());
            Assert.Equal(id, body["legalRepresentativeIdMatches"]?.GetValue<bool>());
            Assert.Equal("active", body["registrationStatus"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Verify_UnknownEnterprise_AnswersNotFoundAndIsBilled()
    {
        await using var host = await FinanceHost.StartAsync();
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());

        var response = await client.PostAsJsonAsync(VerifyPath, new { creditCode = FinanceTestData.CreditCode, enterpriseName = Name, legalRepresentativeName = Representative });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("not-found", body["outcome"]!.GetValue<string>());
        Assert.Null(body["enterpriseNameMatches"]);
        Assert.Null(body["registrationStatus"]);
    }

    [Fact]
    public async Task Verify_RevokedEnterprise_MatchesAndReportsStatus()
    {
        await using var host = await FinanceHost.StartAsync();
        await host.IngestAsync(FinanceSource.EnterpriseRegistry, "csv", FinanceFiles.Csv(FinanceFiles.RegistryHeader, FinanceFiles.RegistryLine("revoked")));
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());

        var body = await (await client.PostAsJsonAsync(VerifyPath, new { creditCode = FinanceTestData.CreditCode, enterpriseName = Name, legalRepresentativeName = Representative }))
            .Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal("match", body!["outcome"]!.GetValue<string>());
        Assert.Equal("revoked", body["registrationStatus"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("creditCode", "91370202MA3C1234", "invalid-credit-code", "wrong-length")]
    [InlineData("creditCode", "91370202MA3C1234IB", "invalid-credit-code", "invalid-character")]
    [InlineData("creditCode", "91370202MA3C12345C", "invalid-credit-code", "wrong-check-character")]
    [InlineData("creditCode", "", "invalid-credit-code", "missing")]
    [InlineData("legalRepresentativeIdNumber", "37020219900307123", "invalid-identity-number", "wrong-length")]
    [InlineData("legalRepresentativeIdNumber", "3702021990030712A3", "invalid-identity-number", "invalid-character")]
    [InlineData("legalRepresentativeIdNumber", "370202199003071234", "invalid-identity-number", "wrong-check-character")]
    [InlineData("legalRepresentativeIdNumber", "370202199013071237", "invalid-identity-number", "invalid-birth-date")]
    [InlineData("enterpriseName", "", "invalid-verification-request", "missing")]
    [InlineData("legalRepresentativeName", "", "invalid-verification-request", "missing")]
    [InlineData("legalRepresentativeName", "欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰欧阳晓峰", "invalid-verification-request", "too-long")]
    public async Task Verify_BadInput_Returns400NamingTheRuleAndIsNotBilled(string field, string value, string type, string rule)
    {
        await using var host = await FinanceHost.StartAsync();
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());
        var request = new JsonObject
        {
            ["creditCode"] = FinanceTestData.CreditCode,
            ["enterpriseName"] = Name,
            ["legalRepresentativeName"] = Representative,
            ["legalRepresentativeIdNumber"] = FinanceTestData.IdNumber,
        };
        request[field] = value;

        var response = await client.PostAsJsonAsync(VerifyPath, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Units-Charged"));
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/" + type, problem["type"]!.GetValue<string>());
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Equal(rule, error["rule"]!.GetValue<string>());
        Assert.DoesNotContain(FinanceTestData.IdNumber[..6], problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyBatch_MixedItems_AnswersEachAndBillsAnsweredItemsOnly()
    {
        await using var host = await FinanceHost.StartAsync();
        await host.IngestAsync(FinanceSource.EnterpriseRegistry, "csv", FinanceFiles.Csv(FinanceFiles.RegistryHeader, FinanceFiles.RegistryLine()));
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());
        var unknown = Marketplace.Identifiers.UnifiedSocialCreditCodeValidator.Complete("91370203MA3C00001");

        var response = await client.PostAsJsonAsync(VerifyPath + "/batches", new
        {
            items = new object[]
            {
                new { creditCode = FinanceTestData.CreditCode, enterpriseName = Name, legalRepresentativeName = Representative, legalRepresentativeIdNumber = FinanceTestData.IdNumber },
                new { creditCode = unknown, enterpriseName = Name, legalRepresentativeName = Representative },
                new { creditCode = "91370202MA3C12345C", enterpriseName = Name, legalRepresentativeName = Representative },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, body["answered"]!.GetValue<int>());
        Assert.Equal(1, body["rejected"]!.GetValue<int>());
        var items = body["items"]!.AsArray();
        Assert.Equal("match", items[0]!["result"]!["outcome"]!.GetValue<string>());
        Assert.Equal("not-found", items[1]!["result"]!["outcome"]!.GetValue<string>());
        Assert.Equal("wrong-check-character", items[2]!["errors"]![0]!["rule"]!.GetValue<string>());
    }

    [Fact]
    public async Task VerifyBatch_OverTheLimit_Returns413AndAllInvalid_Returns400_NeitherBilled()
    {
        await using var host = await FinanceHost.StartAsync();
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());
        var item = new { creditCode = FinanceTestData.CreditCode, enterpriseName = Name, legalRepresentativeName = Representative };

        var tooMany = await client.PostAsJsonAsync(VerifyPath + "/batches", new { items = Enumerable.Repeat(item, 1_001).ToList() });
        var allInvalid = await client.PostAsJsonAsync(VerifyPath + "/batches", new { items = new[] { new { creditCode = "X" } } });
        var atTheLimit = await client.PostAsJsonAsync(VerifyPath + "/batches", new { items = Enumerable.Repeat(item, 1_000).ToList() });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode);
        Assert.Equal("/problems/batch-too-large", (await tooMany.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
        Assert.False(tooMany.Headers.Contains("X-Units-Charged"));
        Assert.Equal(HttpStatusCode.BadRequest, allInvalid.StatusCode);
        Assert.False(allInvalid.Headers.Contains("X-Units-Charged"));
        Assert.Equal(HttpStatusCode.OK, atTheLimit.StatusCode);
        Assert.Equal("1000", Assert.Single(atTheLimit.Headers.GetValues("X-Units-Charged")));
    }
}
