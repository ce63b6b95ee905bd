using System.Net;
using System.Text;
using System.Text.Json;
using DataZones.Zones.Finance.Products;
using DataZones.Zones.Ocean;
using ModelContextProtocol.Client;

namespace DataZones.Functions.Tests.Mcp;

/// <summary>Who may reach /mcp, and which tools each consumer is shown.</summary>
public sealed class McpToolListTests : IClassFixture<McpFixture>
{
    private static readonly string[] FreeTools = ["catalog", "my_subscriptions", "my_usage"];
    private readonly McpFixture fixture;

    public McpToolListTests(McpFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task ListTools_AsEachDemoConsumer_ShowsTheFreeToolsAndOnlyTheSubscribedProducts()
    {
        var (_, bank, _) = await fixture.ConsumerAsync("bank",
            (FinanceProducts.Verification, FinanceProducts.PayPerUsePlanId), (FinanceProducts.CreditProfile, FinanceProducts.PayPerUsePlanId));
        var (_, insurer, _) = await fixture.ConsumerAsync("insurer");
        var (_, research, _) = await fixture.ConsumerAsync("research", (OceanProducts.QueriesProductId, OceanProducts.PayPerUsePlanId));

        var (bankTools, insurerTools, researchTools) = (await NamesAsync(bank), await NamesAsync(insurer), await NamesAsync(research));

        Assert.Equal([.. FreeTools, "finance_credit-profile_profile", "finance_enterprise-verification_verify", "finance_enterprise-verification_verify-batch"], bankTools);
        Assert.Equal(FreeTools, insurerTools);
        Assert.Equal([.. FreeTools, "ocean_edr-queries_query_area", "ocean_edr-queries_query_cube", "ocean_edr-queries_query_position"], researchTools);
    }

    [Fact]
    public async Task ListTools_SuspendedSubscription_IsNoLongerListed()
    {
        var (consumerId, key, subscriptions) = await fixture.ConsumerAsync("research", (OceanProducts.QueriesProductId, OceanProducts.PayPerUsePlanId));
        using var admin = fixture.Http(fixture.OperatorKey);
        (await admin.PostAsync($"/operator/consumers/{consumerId}/subscriptions/{subscriptions[0]}/suspend",
            new StringContent("{\"reason\":\"test\"}", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        Assert.Equal(FreeTools, await NamesAsync(key));
    }

    [Fact]
    public async Task ListTools_InputSchemas_ComeFromTheOperationsRequests()
    {
        var (_, key, _) = await fixture.ConsumerAsync("research",
            (OceanProducts.QueriesProductId, OceanProducts.PayPerUsePlanId), (FinanceProducts.Verification, FinanceProducts.PayPerUsePlanId));
        await using var client = await fixture.McpAsync(key);
        var tools = (await client.ListToolsAsync()).ToDictionary(t => t.Name);

        var verify = tools["finance_enterprise-verification_verify"].ProtocolTool;
        Assert.Equal(["creditCode", "enterpriseName", "legalRepresentativeName", "legalRepresentativeIdNumber", "idempotencyKey"], PropertiesOf(verify.InputSchema));
        Assert.Contains("finance.enterprise-verification", verify.Description, StringComparison.Ordinal);
        var position = tools["ocean_edr-queries_query_position"].ProtocolTool;
        Assert.Equal(["collectionId"], position.InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("coords", PropertiesOf(position.InputSchema));
        Assert.Contains("parameter-name", PropertiesOf(position.InputSchema));
        Assert.Contains("POINT", position.InputSchema.GetProperty("properties").GetProperty("coords").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(["from", "to", "product", "format"], PropertiesOf(tools["my_usage"].ProtocolTool.InputSchema));
    }

    [Fact]
    public async Task Mcp_WithoutACredential_Is401WithTheResourceMetadataLink()
    {
        using var anonymous = fixture.Http(null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter!.Contains("/.well-known/oauth-protected-resource/mcp", StringComparison.Ordinal));
        Assert.EndsWith("/unauthenticated", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProtectedResourceMetadata_IsServedWithoutACredential_ForTheMcpResource()
    {
        using var anonymous = fixture.Http(null);

        var metadata = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("/.well-known/oauth-protected-resource/mcp", UriKind.Relative))).RootElement;

        Assert.EndsWith("/mcp", metadata.GetProperty("resource").GetString(), StringComparison.Ordinal);
        Assert.Equal(["header"], metadata.GetProperty("bearer_methods_supported").EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<string[]> NamesAsync(string key)
    {
        await using var client = await fixture.McpAsync(key);
        return (await client.ListToolsAsync()).Select(t => t.Name).ToArray();
    }

    private static string[] PropertiesOf(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
}
