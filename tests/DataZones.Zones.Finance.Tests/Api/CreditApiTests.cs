using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DataZones.Marketplace.Audit;
using DataZones.Zones.Finance.Policies;
using DataZones.Zones.Finance.Reference;
using DataZones.Zones.Finance.Tests.Hosting;

namespace DataZones.Zones.Finance.Tests.Api;

public sealed class CreditApiTests
{
    [Fact]
    public async Task CreditProfile_KnownEnterprise_AnswersScoreGradeBandsAndCodesOnly()
    {
        await using var host = await FinanceHost.StartAsync();
        await LoadSoundEnterpriseAsync(host);
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());

        var response = await client.GetAsync($"/zones/finance/enterprises/{FinanceTestData.CreditCode}/credit-profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Units-Charged")));
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.InRange(body["score"]!.GetValue<int>(), 0, 1000);
        Assert.Equal("finance-credit-score-1", body["modelVersion"]!.GetValue<string>());
        Assert.Equal("2026-11-16", body["asOf"]!.GetValue<string>());
        Assert.Equal("10y-plus", body["bands"]!["age"]!.GetValue<string>());
        Assert.Equal("A", body["bands"]!["taxRating"]!.GetValue<string>());
        Assert.Equal("10m-50m", body["bands"]!["capital"]!.GetValue<string>());
        Assert.DoesNotContain("12340000", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditProfile_UnknownOrInvalid_IsAProblemAndNotBilled()
    {
        await using var host = await FinanceHost.StartAsync();
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());

        var unknown = await client.GetAsync($"/zones/finance/enterprises/{FinanceTestData.CreditCode}/credit-profile");
        var invalid = await client.GetAsync("/zones/finance/enterprises/91370202MA3C12345C/credit-profile");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("/problems/enterprise-not-found", (await unknown.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
        Assert.False(unknown.Headers.Contains("X-Units-Charged"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = (await invalid.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/invalid-credit-code", problem["type"]!.GetValue<string>());
        Assert.Equal("wrong-check-character", problem["errors"]![0]!["rule"]!.GetValue<string>());
    }

    [Fact]
    public async Task LoanPolicyMatch_PoliciesFromTheAdminTable_QualifiedAndNearMissesWithUnmetCriteria()
    {
        await using var host = await FinanceHost.StartAsync();
        await LoadSoundEnterpriseAsync(host);
        using var operatorClient = host.Client(host.OperatorKey);
        (await operatorClient.PutAsJsonAsync("/operator/finance/loan-policies/huangdao-manufacturing", new
        {
            name = "黄岛制造贷", nameEnglish = "Huangdao manufacturing loan", lender = "测试银行",
            criteria = new { industryPrefixes = new[] { "C" }, districts = new[] { "370211" }, minimumTaxRating = "B", minimumGrade = "BBB" },
        })).EnsureSuccessStatusCode();
        (await operatorClient.PutAsJsonAsync("/operator/finance/loan-policies/big-shinan", new
        {
            name = "市南大额贷", nameEnglish = "Shinan large loan", lender = "测试银行",
            criteria = new { districts = new[] { "370202" }, minimumRegisteredCapitalCny = 50_000_000m },
        })).EnsureSuccessStatusCode();
        (await operatorClient.PutAsJsonAsync("/operator/finance/loan-policies/far-away", new
        {
            name = "不符", nameEnglish = "Far away", lender = "测试银行",
            criteria = new { districts = new[] { "370285" }, industryPrefixes = new[] { "A" }, minimumHeadcount = 1000 },
        })).EnsureSuccessStatusCode();
        using var client = host.Client(await host.ConsumerOfEveryProductAsync());

        var response = await client.PostAsJsonAsync("/zones/finance/loan-policy-matches", new { creditCode = FinanceTestData.CreditCode });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("huangdao-manufacturing", Assert.Single(body["qualified"]!.AsArray())!["policyId"]!.GetValue<string>());
        var nearMiss = Assert.Single(body["nearMisses"]!.AsArray())!;
        Assert.Equal("big-shinan", nearMiss["policyId"]!.GetValue<string>());
        Assert.Equal(["DISTRICT_NOT_ELIGIBLE", "CAPITAL_BELOW_MINIMUM"], nearMiss["unmetCriteria"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task LoanPolicyAdmin_InvalidPolicy_Returns400WithEveryProblem_DeleteIsAudited()
    {
        await using var host = await FinanceHost.StartAsync();
        using var client = host.Client(host.OperatorKey);

        var invalid = await client.PutAsJsonAsync("/operator/finance/loan-policies/Bad_Id", new
        {
            name = "", nameEnglish = "x", lender = "y", criteria = new { minimumHeadcount = -1, districts = new[] { "37" } },
        });
        (await client.PutAsJsonAsync("/operator/finance/loan-policies/" + DemoLoanPolicies.All[0].Id, DemoLoanPolicies.All[0])).EnsureSuccessStatusCode();
        var listed = await client.GetFromJsonAsync<JsonArray>("/operator/finance/loan-policies");
        var deleted = await client.DeleteAsync("/operator/finance/loan-policies/" + DemoLoanPolicies.All[0].Id);
        var again = await client.DeleteAsync("/operator/finance/loan-policies/" + DemoLoanPolicies.All[0].Id);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = (await invalid.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("/problems/invalid-loan-policy", problem["type"]!.GetValue<string>());
        Assert.Equal(["id", "name", "criteria.districts", "criteria.minimumHeadcount"],
            problem["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));
        Assert.Equal("B", Assert.Single(listed!)!["criteria"]!["minimumTaxRating"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var history = await host.Service<AuditLog>().HistoryAsync(LoanPolicyService.Subject(DemoLoanPolicies.All[0].Id), CancellationToken.None);
        // The test clock stands still, so the audit ids (time-ordered) do not order these two: compare as a set.
        Assert.Equal(["deleted", "saved"], history.Select(h => h.Action).Order(StringComparer.Ordinal));
    }

    // Registry, an A tax rating, 60 insured employees for two years and punctual payments: a sound firm.
    private static async Task LoadSoundEnterpriseAsync(FinanceHost host)
    {
        var code = FinanceTestData.CreditCode;
        await host.IngestAsync(FinanceSource.EnterpriseRegistry, "csv", FinanceFiles.Csv(FinanceFiles.RegistryHeader, FinanceFiles.RegistryLine()));
        await host.IngestAsync(FinanceSource.TaxRating, "csv", FinanceFiles.Csv("credit_code,year,rating", $"{code},2024,A", $"{code},2025,A"));
        var months = Enumerable.Range(0, 24).Select(i => new YearMonth(2024, 11).AddMonths(i)).ToList();
        await host.IngestAsync(FinanceSource.Headcount, "jsonl", string.Join("\n",
            months.Select(m => $"{{\"credit_code\":\"{code}\",\"month\":\"{m}\",\"insured_employees\":60}}")) + "\n");
        await host.IngestAsync(FinanceSource.UtilityPayment, "csv", FinanceFiles.Csv(
            [.. new[] { "credit_code,month,bills_due,bills_paid_on_time" }.Concat(months.Select(m => $"{code},{m},3,3"))]));
    }
}
