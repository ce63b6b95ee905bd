using System.Text.Json;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Mcp;
using DataZones.Marketplace.Tests.Access;
using DataZones.Marketplace.Tests.Hosting;
using DataZones.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace DataZones.Marketplace.Tests.Mcp;

/// <summary>The MCP module on the marketplace alone (the test zone's paid endpoints as its tools), with an Entra ID tenant trusted.</summary>
public sealed class McpPipelineTests : IAsyncLifetime
{
    private const string EchoTool = "test_echo_echo";
    private readonly EntraTestTenant tenant = new();
    private MarketplaceTestHost host = null!;
    private string operatorKey = null!;

    public async Task InitializeAsync()
    {
        var metadata = new StaticConfigurationManager<OpenIdConnectConfiguration>(tenant.Metadata());
        host = await MarketplaceTestHost.StartAsync(
            (services, configuration) => { services.AddTestZone(); services.AddPlatformMcp(configuration); },
            endpoints => { endpoints.MapTestZone(); endpoints.MapPlatformMcp(); },
            EntraTestTenant.Settings,
            services => services.Configure<JwtBearerOptions>(EntraIdBearerSetup.SchemeName, options => options.ConfigurationManager = metadata));
        operatorKey = await host.OperatorKeyAsync();
    }

    [Fact]
    public async Task EntraIdBearer_OfARegisteredApp_ListsAndCallsItsConsumersTools()
    {
        var (consumerId, _, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.PayPerUsePlanId);
        using (var admin = host.Client(operatorKey))
        {
            (await admin.PutAsync(new Uri($"/operator/consumers/{consumerId}/entra-apps/{EntraTestHost.ConsumerAppId}", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }
        var token = tenant.Sign(EntraTestTenant.Claims(EntraTestHost.ConsumerAppId, host.Clock.GetUtcNow()));
        await using var client = await McpAsync("Authorization", "Bearer " + token);

        var tools = (await client.ListToolsAsync()).Select(t => t.Name).ToList();
        var result = await client.CallToolAsync(EchoTool, new Dictionary<string, object?> { ["text"] = "hello" });

        Assert.Contains(EchoTool, tools);
        Assert.DoesNotContain("test_guarded_echo", tools);
        Assert.True(result.IsError != true, TextOf(result));
        Assert.Equal("1", result.Meta?["unitsCharged"]?.ToString());
        var record = Assert.Single(await UsageProbe.TodayAsync(host)).Record;
        Assert.Equal(consumerId, record.ConsumerId);
        Assert.Equal(result.Meta?["requestId"]?.ToString(), record.RequestId);
    }

    [Fact]
    public async Task CappedPlan_CallsBeyondTheCap_AreToolErrorsWithTheQuotaProblem_AndAreNotBilled()
    {
        var (_, key, _) = await host.SubscribedConsumerAsync(operatorKey, TestZone.EchoProduct, TestZone.CappedPlanId);
        await using var client = await McpAsync(ApiKeyAuthenticationHandler.HeaderName, key);

        var answered = new List<CallToolResult>();
        for (var i = 0; i < TestZone.CappedUnits; i++) answered.Add(await client.CallToolAsync(EchoTool, new Dictionary<string, object?> { ["text"] = $"call {i}" }));
        var refused = await client.CallToolAsync(EchoTool, new Dictionary<string, object?> { ["text"] = "one too many" });

        Assert.All(answered, r => Assert.True(r.IsError != true, TextOf(r)));
        Assert.Equal("0", answered[^1].Meta?["quotaRemaining"]?.ToString());
        Assert.True(refused.IsError);
        Assert.Equal("/problems/quota-exhausted", refused.Meta?["problemType"]?.ToString());
        Assert.Equal("/problems/quota-exhausted", JsonDocument.Parse(TextOf(refused)).RootElement.GetProperty("type").GetString());
        Assert.Equal(TestZone.CappedUnits, (await UsageProbe.TodayAsync(host)).Count);
    }

    [Fact]
    public async Task ProtectedResourceMetadata_NamesTheTrustedTenantAndTheApisScope()
    {
        using var anonymous = host.Client();

        var metadata = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("/.well-known/oauth-protected-resource/mcp", UriKind.Relative))).RootElement;

        Assert.Equal([EntraTestTenant.Issuer], metadata.GetProperty("authorization_servers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([EntraTestTenant.Audience + "/.default"], metadata.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<McpClient> McpAsync(string header, string value)
    {
        var http = host.Client();
        return await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(http.BaseAddress!, McpSetup.Route),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { [header] = value },
        }, http, NullLoggerFactory.Instance, ownsHttpClient: true));
    }

    private static string TextOf(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        tenant.Dispose();
    }
}
