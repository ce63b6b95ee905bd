using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Quotas;
using DataZones.Zones.Finance.Products;
using DataZones.Zones.Ocean;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace DataZones.Functions.Tests.Mcp;

/// <summary>Tool calls go through the paid-call pipeline: billed, metered and receipted exactly as REST calls are.</summary>
public sealed class McpToolCallTests : IClassFixture<McpFixture>
{
    private const string Verify = "finance_enterprise-verification_verify";
    private readonly McpFixture fixture;

    public McpToolCallTests(McpFixture fixture) => this.fixture = fixture;

    /// <summary>A well-formed credit code that no enterprise holds: the verification's answer is "not found", a billed unit.</summary>
    private static Dictionary<string, object?> Verification(string? idempotencyKey = null)
    {
        var arguments = new Dictionary<string, object?>
        {
            ["creditCode"] = UnifiedSocialCreditCodeValidator.Complete("91370200MA3C8XQ99"),
            ["enterpriseName"] = "青岛测试有限公司",
            ["legalRepresentativeName"] = "张三",
        };
        if (idempotencyKey is not null) arguments["idempotencyKey"] = idempotencyKey;
        return arguments;
    }

    [Fact]
    public async Task CallFinanceTool_AnswersWithTheCharge_LeavesOneUsageRecordAndAReceiptThatVerifies()
    {
        var (consumerId, key, _) = await fixture.ConsumerAsync("bank", (FinanceProducts.Verification, FinanceProducts.PayPerUsePlanId));
        await using var client = await fixture.McpAsync(key);

        var result = await client.CallToolAsync(Verify, Verification());

        Assert.True(result.IsError != true, TextOf(result));
        var answer = TextOf(result);
        Assert.Equal("not-found", JsonDocument.Parse(answer).RootElement.GetProperty("outcome").GetString());
        var record = Assert.Single(await fixture.UsageOfAsync(consumerId));
        Assert.Equal(Meta(result, "requestId"), record.RequestId);
        Assert.Equal("1", Meta(result, "unitsCharged"));
        Assert.Equal(record.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), Meta(result, "amountCharged"));
        Assert.Equal(FinanceProducts.VerifyOperation, record.OperationId);
        await AssertReceiptAsync(Meta(result, "receipt")!, record.RequestId, consumerId, answer, record.ResponseHash);
    }

    [Fact]
    public async Task CallOceanTool_ChargesPerValue_LeavesOneUsageRecordAndAReceiptThatVerifies()
    {
        var (consumerId, key, _) = await fixture.ConsumerAsync("research", (OceanProducts.QueriesProductId, OceanProducts.PayPerUsePlanId));
        await using var client = await fixture.McpAsync(key);

        var result = await client.CallToolAsync("ocean_edr-queries_query_position", new Dictionary<string, object?>
        {
            ["collectionId"] = McpFixture.CollectionId,
            ["coords"] = "POINT(120.5 35.5)",
            ["datetime"] = "2025-01-01/2025-01-02",
            ["f"] = "CSV",
        });

        Assert.NotEqual(true, result.IsError);
        var csv = TextOf(result);
        Assert.Contains("13", csv, StringComparison.Ordinal);
        Assert.Contains("23", csv, StringComparison.Ordinal);
        Assert.StartsWith("text/csv", Meta(result, "contentType"), StringComparison.Ordinal);
        var record = Assert.Single(await fixture.UsageOfAsync(consumerId));
        Assert.Equal(2, record.Units);
        Assert.Equal("2", Meta(result, "unitsCharged"));
        await AssertReceiptAsync(Meta(result, "receipt")!, record.RequestId, consumerId, csv, record.ResponseHash);
    }

    [Fact]
    public async Task CallTool_RetriedWithTheSameIdempotencyKey_ReturnsTheFirstAnswerAndIsBilledOnce()
    {
        var (consumerId, key, _) = await fixture.ConsumerAsync("bank", (FinanceProducts.Verification, FinanceProducts.PayPerUsePlanId));
        await using var client = await fixture.McpAsync(key);

        var first = await client.CallToolAsync(Verify, Verification("retry-1"));
        var retry = await client.CallToolAsync(Verify, Verification("retry-1"));

        Assert.NotEqual(true, retry.IsError);
        Assert.Equal(TextOf(first), TextOf(retry));
        Assert.Equal("true", Meta(retry, "idempotentReplayed"));
        Assert.Equal(Meta(first, "receipt"), Meta(retry, "receipt"));
        var record = Assert.Single(await fixture.UsageOfAsync(consumerId));
        Assert.Equal(Meta(first, "requestId"), record.RequestId);
    }

    [Fact]
    public async Task CallTool_OverQuota_IsAToolErrorCarryingTheQuotaProblem_AndBillsNothing()
    {
        var (consumerId, key, subscriptions) = await fixture.ConsumerAsync("bank", (FinanceProducts.CreditProfile, FinanceProducts.MonthlyPlanId));
        // The month's 5,000 units, used up as earlier calls would have used them.
        var taken = await fixture.App.Services.GetRequiredService<QuotaService>().TryTakeAsync(subscriptions[0], 5_000, 5_000, TimeProvider.System.GetUtcNow(), CancellationToken.None);
        Assert.True(taken.Granted);
        await using var client = await fixture.McpAsync(key);

        var result = await client.CallToolAsync("finance_credit-profile_profile", new Dictionary<string, object?>
        {
            ["creditCode"] = UnifiedSocialCreditCodeValidator.Complete("91370200MA3C8XQ99"),
        });

        Assert.True(result.IsError);
        Assert.EndsWith("/quota-exhausted", Meta(result, "problemType"), StringComparison.Ordinal);
        Assert.Equal("429", Meta(result, "status"));
        Assert.False(string.IsNullOrEmpty(Meta(result, "problemDetail")));
        Assert.Equal("0", Meta(result, "quotaRemaining"));
        Assert.EndsWith("/quota-exhausted", JsonDocument.Parse(TextOf(result)).RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Empty(await fixture.UsageOfAsync(consumerId));
    }

    [Fact]
    public async Task CallTool_WithoutASubscription_IsAToolErrorCarryingTheNoSubscriptionProblem()
    {
        var (consumerId, key, _) = await fixture.ConsumerAsync("insurer");
        await using var client = await fixture.McpAsync(key);

        var result = await client.CallToolAsync(Verify, Verification());

        Assert.True(result.IsError);
        Assert.EndsWith("/no-subscription", Meta(result, "problemType"), StringComparison.Ordinal);
        Assert.Empty(await fixture.UsageOfAsync(consumerId));
    }

    [Fact]
    public async Task CallTool_WithAnUnknownOrMissingArgument_IsAValidationProblemNamingBoth()
    {
        var (_, key, _) = await fixture.ConsumerAsync("research", (OceanProducts.QueriesProductId, OceanProducts.PayPerUsePlanId));
        await using var client = await fixture.McpAsync(key);

        var result = await client.CallToolAsync("ocean_edr-queries_query_position", new Dictionary<string, object?> { ["coordinates"] = "POINT(120 35)" });

        Assert.True(result.IsError);
        Assert.EndsWith("/validation-failed", Meta(result, "problemType"), StringComparison.Ordinal);
        var fields = JsonDocument.Parse(TextOf(result)).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["coordinates", "collectionId"], fields);
    }

    [Fact]
    public async Task FreeTools_AnswerTheCallersOwnSubscriptions_AndChargeNothing()
    {
        var (consumerId, key, subscriptions) = await fixture.ConsumerAsync("research", (OceanProducts.QueriesProductId, OceanProducts.PayPerUsePlanId));
        await using var client = await fixture.McpAsync(key);

        var mine = await client.CallToolAsync("my_subscriptions", new Dictionary<string, object?>());
        var catalog = await client.CallToolAsync("catalog", new Dictionary<string, object?>());

        Assert.NotEqual(true, mine.IsError);
        Assert.Equal(subscriptions, JsonDocument.Parse(TextOf(mine)).RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Null(Meta(mine, "unitsCharged"));
        Assert.Contains(OceanProducts.QueriesProductId, TextOf(catalog), StringComparison.Ordinal);
        Assert.Empty(await fixture.UsageOfAsync(consumerId));
    }

    private static string TextOf(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    private static string? Meta(CallToolResult result, string name) => result.Meta?[name]?.ToString();

    private async Task AssertReceiptAsync(string receipt, string requestId, string consumerId, string answer, string recordedHash)
    {
        using var anonymous = fixture.Http(null);
        var signingKey = new JsonWebKeySet(await anonymous.GetStringAsync(new Uri("/.well-known/jwks.json", UriKind.Relative))).Keys.Single();
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(receipt, new TokenValidationParameters
        {
            IssuerSigningKey = signingKey,
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal(requestId, token.GetPayloadValue<string>("rid"));
        Assert.Equal(consumerId, token.GetPayloadValue<string>("sub"));
        Assert.Equal(Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(answer))), token.GetPayloadValue<string>("rsh"));
        Assert.Equal(recordedHash, token.GetPayloadValue<string>("rsh"));
    }
}
