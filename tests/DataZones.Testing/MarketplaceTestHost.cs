using System.Net.Http.Json;
using DataZones.Marketplace.Access;
using DataZones.Marketplace.Hosting;
using DataZones.Marketplace.Identifiers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataZones.Testing;

/// <summary>
/// The marketplace module in a real ASP.NET Core app (in-process test server) on the tests' Azurite, with the zone
/// under test, its own table prefix, a manual clock and captured logs. Each test starts its own, so tests own their
/// data and never depend on another test's.
/// </summary>
public sealed class MarketplaceTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private MarketplaceTestHost(WebApplication app, ManualClock clock, LogCapture logs)
    {
        this.app = app;
        Clock = clock;
        Logs = logs;
    }

    public ManualClock Clock { get; }

    public LogCapture Logs { get; }

    public IServiceProvider Services => app.Services;

    /// <param name="zoneServices">Registers the zone under test (its products and services).</param>
    /// <param name="zoneEndpoints">Maps the zone under test's endpoints.</param>
    /// <param name="settings">Configuration overrides.</param>
    /// <param name="services">Further service overrides.</param>
    /// <param name="onPort">Serve on a real loopback port (Kestrel) instead of in-process, for clients outside this process.</param>
    public static async Task<MarketplaceTestHost> StartAsync(
        Action<IServiceCollection, IConfiguration> zoneServices,
        Action<IEndpointRouteBuilder> zoneEndpoints,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        bool onPort = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        if (onPort)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
            ["Persistence:TablePrefix"] = TestStorage.UniqueName("t"),
            ["Receipts:AllowGeneratedKey"] = "true",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        var logs = new LogCapture();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        // Noon, business time, mid-month: far from day, hour and month boundaries unless a test moves it.
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 16, 12, 0, 0, TimeSpan.FromHours(8)));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddMarketplace(builder.Configuration);
        zoneServices(builder.Services, builder.Configuration);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseMarketplace();
        app.MapMarketplace();
        zoneEndpoints(app);
        await app.StartAsync();
        return new MarketplaceTestHost(app, clock, logs);
    }

    /// <summary>Where a host started with <c>onPort</c> listens (e.g. <c>http://127.0.0.1:41234/</c>); null in-process.</summary>
    public Uri? Address => app.Urls.Count > 0 && Uri.TryCreate(app.Urls.First().TrimEnd('/') + "/", UriKind.Absolute, out var address) && address.Port != 0
        ? address
        : null;

    public HttpClient Client(string? apiKey = null)
    {
        var client = Address is { } address ? new HttpClient { BaseAddress = address } : app.GetTestClient();
        if (apiKey is not null) client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, apiKey);
        return client;
    }

    /// <summary>An operator key, made directly (there is no bootstrap route: the first operator key comes from deployment).</summary>
    public async Task<string> OperatorKeyAsync()
    {
        var created = await Services.GetRequiredService<ApiKeyService>().CreateAsync(new ApiKeyOwner("operator", [Roles.Operator]), "test", CancellationToken.None);
        return created!.Value.Key;
    }

    /// <summary>Registers a consumer through the operator API and returns its id and first key.</summary>
    public async Task<(string ConsumerId, string Key)> NewConsumerAsync(string operatorKey, string kind = "bank")
    {
        using var client = Client(operatorKey);
        var consumer = await (await client.PostAsJsonAsync("/operator/consumers", new { name = "Test " + kind, kind, creditCode = UnifiedSocialCreditCodeValidator.Complete("91370200MA3C8XQL0") }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ConsumerView>();
        var key = await (await client.PostAsync($"/operator/consumers/{consumer!.Id}/keys", null)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<KeyView>();
        return (consumer.Id, key!.Key);
    }

    /// <summary>A new consumer subscribed to <paramref name="productId"/> under <paramref name="planId"/> (approved by the operator if needed).</summary>
    public async Task<(string ConsumerId, string Key, string SubscriptionId)> SubscribedConsumerAsync(string operatorKey, string productId, string planId)
    {
        var (consumerId, key) = await NewConsumerAsync(operatorKey);
        using var client = Client(key);
        var subscription = await (await client.PostAsJsonAsync("/me/subscriptions", new { productId, planId }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<SubscriptionView>();
        if (subscription!.Status != "active")
        {
            using var operatorClient = Client(operatorKey);
            (await operatorClient.PostAsJsonAsync($"/operator/consumers/{consumerId}/subscriptions/{subscription.Id}/approve", new { reason = "test" }))
                .EnsureSuccessStatusCode();
        }
        return (consumerId, key, subscription.Id);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public sealed record ConsumerView(string Id);

    public sealed record KeyView(string Key);

    public sealed record SubscriptionView(string Id, string Status);
}
