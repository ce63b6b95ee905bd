using System.Net.Http.Json;
using DataZones.Testing;
using DataZones.Zones.Ocean.DemoData;
using DataZones.Zones.Ocean.Registry;
using DataZones.Zones.Ocean.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DataZones.Zones.Ocean.Tests.Api;

/// <summary>
/// One app with the ocean zone on the tests' Azurite, shared by the HTTP tests of the "ocean-api" collection: the
/// two datasets are published once (read-only afterwards), and each test makes its own consumers, so no test
/// depends on another's calls. Published: <see cref="TestDataset"/> (values encode their indices) and the coarse
/// Qingdao demo year, through the Development seeder.
/// </summary>
public sealed class OceanApiFixture : IAsyncLifetime
{
    /// <summary>A small maximum, so that the 413 path is reached with small queries.</summary>
    public const long ValuesPerRequestMax = 20_000;

    public const long ExportValuesMax = 50_000;

    /// <summary>A small upload limit, so that the server's body limit is reached with a few megabytes.</summary>
    public const long IngestionBytesMax = 100_000;

    public MarketplaceTestHost Host { get; private set; } = null!;

    public string OperatorKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await MarketplaceTestHost.StartAsync(
            (services, config) => services.AddOceanZone(config),
            endpoints => endpoints.MapOceanZone(),
            new Dictionary<string, string?>
            {
                ["Ocean:ValuesPerRequestMax"] = ValuesPerRequestMax.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Ocean:ExportValuesMax"] = ExportValuesMax.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Ocean:ChunkCacheBytes"] = "4000000",
                ["Ocean:IngestionBytesMax"] = IngestionBytesMax.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        // Export read links are checked by the storage service against its own clock, so the app's must agree.
        Host.Clock.Set(DateTimeOffset.UtcNow);
        OperatorKey = await Host.OperatorKeyAsync();
        var stores = Host.Services.GetRequiredService<OceanStores>();
        await TestDataset.CreateAsync(await stores.DatasetsAsync(), OceanStores.GroupPath(TestDataset.Id));
        await Host.Services.GetRequiredService<DatasetRegistry>().RegisterAsync(TestDataset.Id, "Test sea", CancellationToken.None);
        await Host.Services.GetRequiredService<OceanDemoSeeder>().SeedAsync(new Progress<string>(), CancellationToken.None);
    }

    /// <summary>A new consumer subscribed to <paramref name="productId"/>; with <paramref name="elevated"/> the operator grants the elevated grade.</summary>
    public async Task<(string ConsumerId, string Key)> ConsumerAsync(string productId = OceanProducts.QueriesProductId, bool elevated = false)
    {
        var (consumerId, key, subscriptionId) = await Host.SubscribedConsumerAsync(OperatorKey, productId, OceanProducts.PayPerUsePlanId);
        if (elevated)
        {
            using var operatorClient = Host.Client(OperatorKey);
            var path = $"/operator/consumers/{consumerId}/subscriptions/{subscriptionId}";
            (await operatorClient.PostAsJsonAsync(path + "/suspend", new { reason = "grant elevated grade" })).EnsureSuccessStatusCode();
            (await operatorClient.PostAsJsonAsync(path + "/resume", new { reason = "elevated grade", elevatedGrade = true })).EnsureSuccessStatusCode();
        }
        return (consumerId, key);
    }

    public async Task<HttpClient> ClientAsync(bool elevated = false) => Host.Client((await ConsumerAsync(elevated: elevated)).Key);

    /// <summary>The blob names under <paramref name="prefix"/> in the zone's data container (staged uploads, groups).</summary>
    public async Task<List<string>> KeysAsync(string prefix)
    {
        var container = await Host.Services.GetRequiredService<OceanContainers>().DataAsync();
        return await new BlobZarrStore(container).ListAsync(prefix).ToListAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
