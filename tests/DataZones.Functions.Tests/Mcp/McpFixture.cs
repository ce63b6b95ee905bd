using System.Net.Http.Json;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Identifiers;
using DataZones.Marketplace.Ledger;
using DataZones.Marketplace.Metering;
using DataZones.Marketplace.Persistence;
using DataZones.Marketplace.Time;
using DataZones.Zones.Ocean.Datasets;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Client;

namespace DataZones.Functions.Tests.Mcp;

/// <summary>
/// The whole app on the tests' Azurite, shared by the MCP tests, with a small ocean dataset published once (values
/// known: 2 days × 2 × 2 cells of one parameter). Each test makes its own consumers, as the demo's bank, insurer and
/// research institute, each subscribed to what that kind of consumer buys, so no test sees another's calls.
/// </summary>
public sealed class McpFixture : IAsyncLifetime
{
    public const string CollectionId = "mcp-sea";

    public AppFactory App { get; } = new();

    public string OperatorKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var created = await App.Services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner("operator", [Roles.Operator]), "test", CancellationToken.None);
        OperatorKey = created!.Value.Key;
        var definition = new DatasetDefinition(CollectionId, "MCP test sea", "Two days of a 2 × 2 grid.",
            [new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero)],
            [35.0, 35.5], [120.0, 120.5], null, [OceanParameters.SeaSurfaceTemperature], [], new DatasetChunking(2, 2, 2));
        var stores = App.Services.GetRequiredService<OceanStores>();
        var writer = await DatasetWriter.CreateAsync(await stores.DatasetsAsync(), OceanStores.GroupPath(CollectionId), definition);
        await writer.AppendAsync([new float[] { 10, 11, 12, 13 }]);
        await writer.AppendAsync([new float[] { 20, 21, 22, 23 }]);
        await writer.CompleteAsync();
        await App.Services.GetRequiredService<DatasetRegistry>().RegisterAsync(CollectionId, "MCP test sea", CancellationToken.None);
    }

    /// <summary>A new consumer of <paramref name="kind"/> with an approved subscription to each (product, plan); its id, key and subscription ids.</summary>
    public async Task<(string ConsumerId, string Key, IReadOnlyList<string> SubscriptionIds)> ConsumerAsync(string kind, params (string Product, string Plan)[] subscriptions)
    {
        using var admin = Http(OperatorKey);
        var consumer = await (await admin.PostAsJsonAsync("/operator/consumers", new { name = "MCP " + kind, kind, creditCode = UnifiedSocialCreditCodeValidator.Complete("91370200MA3C8XQL0") }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<IdView>();
        var key = await (await admin.PostAsync($"/operator/consumers/{consumer!.Id}/keys", null)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<KeyView>();
        using var self = Http(key!.Key);
        var ids = new List<string>();
        foreach (var (product, plan) in subscriptions)
        {
            var subscription = await (await self.PostAsJsonAsync("/me/subscriptions", new { productId = product, planId = plan }))
                .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SubscriptionView>();
            if (subscription!.Status != "active")
            {
                (await admin.PostAsJsonAsync($"/operator/consumers/{consumer.Id}/subscriptions/{subscription.Id}/approve", new { reason = "test" })).EnsureSuccessStatusCode();
            }
            ids.Add(subscription.Id);
        }
        return (consumer.Id, key.Key, ids);
    }

    public HttpClient Http(string? apiKey)
    {
        var client = App.CreateClient();
        if (apiKey is not null) client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        return client;
    }

    /// <summary>The SDK's MCP client on <c>/mcp</c> of the in-process app, sending <paramref name="apiKey"/> as a REST client would.</summary>
    public async Task<McpClient> McpAsync(string apiKey)
    {
        var http = App.CreateClient();
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(http.BaseAddress!, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { [ApiKeyAuthenticationHandler.HeaderName] = apiKey },
        }, http, NullLoggerFactory.Instance, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport);
    }

    /// <summary>Today's usage records of one consumer, read back from the ledger chains.</summary>
    public async Task<List<UsageRecord>> UsageOfAsync(string consumerId)
    {
        var day = Keys.Day(App.Services.GetRequiredService<BusinessCalendar>().DayOf(TimeProvider.System.GetUtcNow()));
        var chains = await App.Services.GetRequiredService<ChainRegistry>().ListAsync(day, CancellationToken.None);
        var reader = App.Services.GetRequiredService<ChainReader>();
        var records = new List<UsageRecord>();
        foreach (var (chainId, table) in chains)
        {
            await foreach (var entity in reader.ReadAsync(table, chainId, CancellationToken.None))
            {
                var record = UsageEntity.ToRecord(entity);
                if (record.ConsumerId == consumerId) records.Add(record);
            }
        }
        return records;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private sealed record IdView(string Id);

    private sealed record KeyView(string Key);

    private sealed record SubscriptionView(string Id, string Status);
}
